package browsertest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/clubnight/clubnight/internal/testreal"
)

const (
	// axeEnv names the environment variable with the path of axe.min.js.
	axeEnv = "CLUBNIGHT_AXE_JS"
	// axePackage is the npm package that AxeSource installs.
	axePackage = "axe-core@4"
	// npmTimeout bounds the npm install of axe-core.
	npmTimeout = 3 * time.Minute
)

// axeRun configures and runs axe-core on the document, and returns the
// violations in the shape of Violation. Rules that options.rules enables run
// in addition to the rules of the tags.
const axeRun = `(async () => {
	axe.configure({checks: [
		{id: 'target-size', options: {minSize: 44}},
		{id: 'target-offset', options: {minOffset: 44}},
	]});
	const results = await axe.run(document, {
		runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
		rules: {
			'color-contrast-enhanced': {enabled: true},
			'target-size': {enabled: true},
		},
		resultTypes: ['violations'],
	});
	return results.violations.map(v => ({
		id: v.id,
		impact: v.impact || '',
		description: v.description,
		help: v.help,
		helpUrl: v.helpUrl,
		tags: v.tags,
		nodes: v.nodes.map(n => ({
			target: n.target.map(s => Array.isArray(s) ? s.join(' >>> ') : String(s)),
			html: n.html,
			failureSummary: n.failureSummary || '',
		})),
	}));
})()`

// Violation is one axe-core rule that the page breaks.
type Violation struct {
	// ID is the axe rule, such as "image-alt" or "target-size".
	ID string `json:"id"`
	// Impact is "minor", "moderate", "serious" or "critical".
	Impact      string   `json:"impact"`
	Description string   `json:"description"`
	Help        string   `json:"help"`
	HelpURL     string   `json:"helpUrl"`
	Tags        []string `json:"tags"`
	// Nodes are the elements that break the rule.
	Nodes []ViolationNode `json:"nodes"`
}

// ViolationNode is one element that breaks a rule.
type ViolationNode struct {
	// Target holds the CSS selectors of the element. It has more than one
	// entry for an element in an iframe; a selector into a shadow tree
	// joins its parts with " >>> ".
	Target []string `json:"target"`
	// HTML is the opening tag of the element.
	HTML string `json:"html"`
	// FailureSummary says what to fix.
	FailureSummary string `json:"failureSummary"`
}

// Axe injects axe-core into the current page of ctx, when the page does not
// have it yet, and runs it. It checks the rules of WCAG 2.0, 2.1 and 2.2 at
// levels A and AA and the best practices of axe, plus color-contrast-enhanced
// (contrast 7:1, WCAG AAA), and it raises the minimum size and spacing of
// targets such as buttons from 24 to 44 CSS pixels. It returns the violations,
// which is empty for a clean page. Only the top document is checked, not the
// content of iframes.
func Axe(t testing.TB, ctx context.Context) []Violation {
	t.Helper()
	loaded, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`typeof window.axe === 'object' && typeof window.axe.run === 'function'`))
	if err != nil {
		t.Fatalf("browsertest: look for axe-core in the page: %v", err)
	}
	if !loaded {
		// The script ends with a line comment, so the value goes on its own
		// line.
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](AxeSource(t)+"\n;true")); err != nil {
			t.Fatalf("browsertest: inject axe-core: %v", err)
		}
	}
	violations, err := chromedp.Run(ctx, chromedp.Evaluate[[]Violation](axeRun, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("browsertest: run axe-core: %v", err)
	}
	return violations
}

// FormatViolations describes the violations for a test message, one rule per
// paragraph with the elements that break it. It returns "no accessibility
// violations" for an empty slice.
func FormatViolations(violations []Violation) string {
	if len(violations) == 0 {
		return "no accessibility violations"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d accessibility violation(s):", len(violations))
	for _, v := range violations {
		fmt.Fprintf(&b, "\n- [%s] %s: %s (%s)", v.Impact, v.ID, v.Help, v.HelpURL)
		for _, n := range v.Nodes {
			fmt.Fprintf(&b, "\n    %s  %s", strings.Join(n.Target, " | "), shorten(n.HTML, 120))
			if s := strings.TrimSpace(n.FailureSummary); s != "" {
				fmt.Fprintf(&b, "\n      %s", strings.ReplaceAll(shorten(s, 300), "\n", "\n      "))
			}
		}
	}
	return b.String()
}

// shorten cuts s to at most n runes, and marks a cut with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// AxeSource returns the source of axe.min.js. It reads $CLUBNIGHT_AXE_JS if
// set. Otherwise it reads .cache/axe/node_modules/axe-core/axe.min.js at the
// module root, and installs it there first when it is missing, with
// "npm install --prefix <module root>/.cache/axe axe-core@4". When npm is
// needed but missing, AxeSource skips the test, or fails it when
// CLUBNIGHT_REQUIRE_REAL=1.
//
// The install goes into a new folder that is then renamed to .cache/axe, so
// test binaries that run at the same time never see half an install.
func AxeSource(t testing.TB) string {
	t.Helper()
	if p := os.Getenv(axeEnv); p != "" {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("browsertest: read axe-core from %s=%s: %v", axeEnv, p, err)
		}
		return string(b)
	}

	cache := filepath.Join(ModuleRoot(t), ".cache")
	prefix := filepath.Join(cache, "axe")
	path := filepath.Join(prefix, "node_modules", "axe-core", "axe.min.js")
	if b, err := os.ReadFile(path); err == nil {
		return string(b)
	} else if !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("browsertest: read axe-core: %v", err)
	}
	installAxe(t, cache, prefix)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("browsertest: axe-core is not where npm should have put it (remove %s and retry): %v", prefix, err)
	}
	return string(b)
}

// installAxe installs axe-core with npm into a temporary folder in cache and
// renames that folder to prefix. When another process was faster, its install
// stays and this one is removed.
func installAxe(t testing.TB, cache, prefix string) {
	t.Helper()
	npm, ok := findBinary("npm")
	if !ok {
		testreal.Missing(t, fmt.Sprintf("browsertest: npm not found to install axe-core (install the Debian package npm, or set %s)", axeEnv))
		return
	}
	if err := os.MkdirAll(cache, 0o755); err != nil {
		t.Fatalf("browsertest: %v", err)
	}
	tmp, err := os.MkdirTemp(cache, "axe-install-")
	if err != nil {
		t.Fatalf("browsertest: %v", err)
	}
	defer os.RemoveAll(tmp) // a no-op after the rename

	ctx, cancel := context.WithTimeout(context.Background(), npmTimeout)
	defer cancel()
	args := []string{"install", "--prefix", tmp, axePackage, "--no-audit", "--no-fund", "--silent"}
	start := time.Now()
	out, err := exec.CommandContext(ctx, npm, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("browsertest: %s %s: %v\n%s", npm, strings.Join(args, " "), err, out)
	}
	if err := os.Chmod(tmp, 0o755); err != nil { // MkdirTemp made it private
		t.Fatalf("browsertest: %v", err)
	}
	if err := os.Rename(tmp, prefix); err != nil {
		if _, statErr := os.Stat(prefix); statErr != nil {
			t.Fatalf("browsertest: move axe-core into place: %v", err)
		}
		// Another test binary installed it first; use that one.
		return
	}
	t.Logf("browsertest: installed %s into %s in %v", axePackage, prefix, time.Since(start).Round(time.Millisecond))
}

// ModuleRoot returns the folder of the go.mod that holds the working
// directory, which is the package folder while go test runs.
func ModuleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("browsertest: %v", err)
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			t.Fatalf("browsertest: no go.mod in %s or above", dir)
			return ""
		}
	}
}
