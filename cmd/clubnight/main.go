// Command clubnight runs the Clubnight hub: `clubnight` or `clubnight serve`
// serves the kiosk, dashboard, SMS webhook and API; `clubnight load` drives
// a running hub to measure it. Settings come from the environment (see
// README.md); main only wires.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
	_ "time/tzdata" // the venue's time zone, even on a minimal container

	"github.com/clubnight/clubnight/app"
	"github.com/clubnight/clubnight/config"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "clubnight: "+firstLine(err))
		os.Exit(2)
	}
}

func firstLine(err error) string {
	return strings.ReplaceAll(err.Error(), "\n", "; ")
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cmd := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		return serve(ctx, args, stdout, stderr)
	case "load":
		return runLoad(ctx, args, stdout)
	case "health":
		return health(ctx)
	case "understand":
		return understandCmd(args, os.Stdin, stdout)
	case "help", "-h", "--help":
		fmt.Fprintln(stdout, "usage: clubnight [serve] | clubnight load [flags] | clubnight health | clubnight understand -night plan.json [-corpus texts.tsv]")
		return nil
	}
	return fmt.Errorf("unknown command %q; use serve, load, health or understand", cmd)
}

func serve(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	env := func(name string) (string, bool) { return os.LookupEnv(name) }
	if len(args) > 0 {
		if len(args) == 2 && (args[0] == "-addr" || args[0] == "--addr") {
			addr := args[1]
			env = func(name string) (string, bool) {
				if name == "CLUBNIGHT_ADDR" {
					return addr, true
				}
				return os.LookupEnv(name)
			}
		} else {
			return fmt.Errorf("serve takes no arguments but -addr ADDR; settings come from the environment")
		}
	}
	cfg, err := config.FromEnv(env)
	if err != nil {
		return err
	}
	var handler slog.Handler = slog.NewTextHandler(stderr, nil)
	if cfg.LogFormat == "json" {
		handler = slog.NewJSONHandler(stderr, nil)
	}
	log := slog.New(handler)
	a, err := app.New(ctx, cfg, app.Options{Out: stdout, Logger: log})
	if err != nil {
		return err
	}
	fmt.Fprint(stdout, a.Banner())
	errc := make(chan error, 1)
	go func() { errc <- a.Serve() }()
	select {
	case err := <-errc:
		a.Close()
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing requests and telling screens to reconnect")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := a.Shutdown(sctx); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return nil
}

// health asks a running hub on this machine whether it is alive: the
// container health check, where there is no curl.
func health(ctx context.Context) error {
	addr := os.Getenv("CLUBNIGHT_ADDR")
	if addr == "" {
		addr = ":8080"
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("CLUBNIGHT_ADDR: %v", err)
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", "http://"+net.JoinHostPort(host, port)+"/healthz", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("health: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("health: status %d", resp.StatusCode)
	}
	return nil
}
