package corpus

import (
	"fmt"
	"os"

	"github.com/clubnight/clubnight/night"
)

// Load reads a night's plan and a table of texts about it, and checks that
// every row names a sender, job and ride the night has. It is the one
// place the package reads files: the command and the tests that measure
// sets of texts share it. Each error names the file it is about.
func Load(planPath, textsPath string) (*night.Plan, []Row, error) {
	plan, err := LoadPlan(planPath)
	if err != nil {
		return nil, nil, err
	}
	f, err := os.Open(textsPath)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	rows, err := Parse(f)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", textsPath, err)
	}
	if err := CheckNight(rows, night.NewNight(plan)); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", textsPath, err)
	}
	return plan, rows, nil
}

// LoadPlan reads a night's plan, as uploaded on the dashboard.
func LoadPlan(path string) (*night.Plan, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	plan, err := night.ParsePlan(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return plan, nil
}
