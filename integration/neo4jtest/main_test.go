package neo4jtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

type fakeRunner struct {
	code int
	runs int
}

func (r *fakeRunner) Run() int {
	r.runs++
	return r.code
}

func startWith(instance *Instance, err error) startFunc {
	return func(context.Context, Config) (*Instance, error) { return instance, err }
}

func TestRunMain(t *testing.T) {
	noNeo4j := fmt.Errorf("%w: launcher: unavailable: jar missing", ErrNoNeo4j)
	stopFailure := errors.New("purge failed")
	tests := []struct {
		name     string
		env      map[string]string
		start    startFunc
		runCode  int
		wantCode int
		wantRuns int
		output   string
	}{
		{
			name:     "runs tests with instance",
			start:    startWith(&Instance{URI: "bolt://127.0.0.1:1", Source: SourceLauncher}, nil),
			wantCode: 0, wantRuns: 1, output: "using Neo4j at bolt://127.0.0.1:1 (launcher)",
		},
		{
			name:     "passes test failure through",
			start:    startWith(&Instance{URI: "bolt://127.0.0.1:1"}, nil),
			runCode:  1,
			wantCode: 1, wantRuns: 1,
		},
		{
			name:     "skips without neo4j",
			start:    startWith(nil, noNeo4j),
			wantCode: 0, wantRuns: 0, output: "skipping integration tests: no Neo4j available",
		},
		{
			name:     "fails without neo4j when required",
			env:      map[string]string{EnvRequire: "1"},
			start:    startWith(nil, noNeo4j),
			wantCode: 1, wantRuns: 0, output: "jar missing",
		},
		{
			name:     "fails without neo4j on ci",
			env:      map[string]string{EnvCI: "true"},
			start:    startWith(nil, noNeo4j),
			wantCode: 1, wantRuns: 0,
		},
		{
			name:     "fails on start error",
			start:    startWith(nil, errors.New("port in use")),
			wantCode: 1, wantRuns: 0, output: "port in use",
		},
		{
			name:     "fails on invalid config",
			env:      map[string]string{EnvURI: "http://x"},
			start:    startWith(nil, errors.New("not called")),
			wantCode: 1, wantRuns: 0, output: "use bolt://host:port",
		},
		{
			name:     "fails when stop fails",
			start:    startWith(&Instance{URI: "bolt://127.0.0.1:1", stop: func() error { return stopFailure }}, nil),
			wantCode: 1, wantRuns: 1, output: "purge failed",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runner := &fakeRunner{code: tt.runCode}
			var out bytes.Buffer
			var used *Instance

			code := runMain(runner, envOf(tt.env), tt.start, &out, func(i *Instance) { used = i })

			require.Equal(t, tt.wantCode, code)
			require.Equal(t, tt.wantRuns, runner.runs)
			require.Equal(t, tt.wantRuns == 1, used != nil)
			require.Contains(t, out.String(), tt.output)
		})
	}
}
