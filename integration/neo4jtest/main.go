package neo4jtest

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"testing"
	"time"
)

// Main is the body of TestMain for an integration test package. It starts Neo4j, hands
// the instance to use, runs the tests, stops Neo4j and returns the exit code for os.Exit.
//
// When no Neo4j can be had it prints the reason and returns 0 without running the tests,
// unless CI=true or REQUIRE_NEO4J=1, when it returns 1. With -short it runs no tests.
// A failed Stop turns a passing run into exit code 1.
func Main(m *testing.M, use func(*Instance)) int {
	if !flag.Parsed() {
		flag.Parse()
	}
	if testing.Short() {
		fmt.Fprintln(os.Stderr, "neo4jtest: -short given; skipping integration tests")
		return 0
	}
	return runMain(m, os.Getenv, StartWithConfig, os.Stderr, use)
}

// runner is the part of *testing.M that Main calls.
type runner interface {
	Run() int
}

// startFunc is the signature of StartWithConfig, replaced in tests.
type startFunc func(context.Context, Config) (*Instance, error)

func runMain(m runner, getenv func(string) string, start startFunc, out io.Writer, use func(*Instance)) int {
	cfg, err := ConfigFromEnv(getenv)
	if err != nil {
		fmt.Fprintf(out, "neo4jtest: %v\n", err)
		return 1
	}

	// The extra minute covers JVM start and classpath scanning before the launcher's own timeout.
	ctx, cancel := context.WithTimeout(context.Background(), cfg.StartTimeout+time.Minute)
	defer cancel()
	instance, err := start(ctx, cfg)
	switch {
	case errors.Is(err, ErrNoNeo4j) && !cfg.Required:
		fmt.Fprintf(out, "neo4jtest: skipping integration tests: %v\n"+
			"neo4jtest: set %s=1 or %s=true to fail instead\n", err, EnvRequire, EnvCI)
		return 0
	case err != nil:
		fmt.Fprintf(out, "neo4jtest: %v\n", err)
		return 1
	}

	fmt.Fprintf(out, "neo4jtest: using Neo4j at %s (%s)\n", instance.URI, instance.Source)
	use(instance)
	code := m.Run()
	if err := instance.Stop(); err != nil {
		fmt.Fprintf(out, "neo4jtest: stop Neo4j at %s: %v\n", instance.URI, err)
		if code == 0 {
			code = 1
		}
	}
	return code
}
