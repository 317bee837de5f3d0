package neo4jtest

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/stretchr/testify/require"
)

func unavailable(reason string) func(context.Context, Config) (*Instance, error) {
	return func(context.Context, Config) (*Instance, error) {
		return nil, fmt.Errorf("%w: %s", errUnavailable, reason)
	}
}

func available(uri string) func(context.Context, Config) (*Instance, error) {
	return func(context.Context, Config) (*Instance, error) {
		return &Instance{URI: uri}, nil
	}
}

func TestStartFirst(t *testing.T) {
	broken := errors.New("port in use")
	tests := []struct {
		name     string
		starters []starter
		wantURI  string
		wantErr  error
		messages []string
	}{
		{
			name:     "first available wins",
			starters: []starter{{"env", available("bolt://a:1")}, {"launcher", available("bolt://b:2")}},
			wantURI:  "bolt://a:1",
		},
		{
			name:     "falls through unavailable",
			starters: []starter{{"env", unavailable("not set")}, {"launcher", available("bolt://b:2")}},
			wantURI:  "bolt://b:2",
		},
		{
			name: "all unavailable names each reason",
			starters: []starter{
				{"env", unavailable("not set")},
				{"launcher", unavailable("jar missing")},
				{"docker", unavailable("no engine")},
			},
			wantErr:  ErrNoNeo4j,
			messages: []string{"env: unavailable: not set", "launcher: unavailable: jar missing", "docker: unavailable: no engine"},
		},
		{
			name: "failure stops the search",
			starters: []starter{
				{"launcher", func(context.Context, Config) (*Instance, error) { return nil, broken }},
				{"docker", available("bolt://c:3")},
			},
			wantErr:  broken,
			messages: []string{"start Neo4j with launcher: port in use"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			instance, err := startFirst(context.Background(), Config{}, tt.starters)

			if tt.wantErr == nil {
				require.NoError(t, err)
				require.Equal(t, tt.wantURI, instance.URI)
				return
			}
			require.ErrorIs(t, err, tt.wantErr)
			for _, message := range tt.messages {
				require.ErrorContains(t, err, message)
			}
		})
	}
}

func TestFromEnv(t *testing.T) {
	instance, err := fromEnv(context.Background(), Config{URI: "bolt://127.0.0.1:7687", User: "neo4j", Password: "pw"})
	require.NoError(t, err)
	require.Equal(t, SourceEnv, instance.Source)
	require.Equal(t, "neo4j", instance.User)
	require.NoError(t, instance.Stop())

	_, err = fromEnv(context.Background(), Config{})
	require.ErrorIs(t, err, errUnavailable)
}

func TestInstanceStopRunsOnce(t *testing.T) {
	calls := 0
	failure := errors.New("container already gone")
	instance := &Instance{stop: func() error { calls++; return failure }}

	require.ErrorIs(t, instance.Stop(), failure)
	require.ErrorIs(t, instance.Stop(), failure)
	require.Equal(t, 1, calls)
}

func TestInstanceAuthToken(t *testing.T) {
	require.Equal(t, neo4j.NoAuth(), (&Instance{}).AuthToken())
	require.Equal(t, neo4j.BasicAuth("neo4j", "password1", ""), (&Instance{User: "neo4j", Password: "password1"}).AuthToken())
}

func TestSplitImage(t *testing.T) {
	tests := []struct {
		image, repository, tag string
	}{
		{"neo4j:5.26", "neo4j", "5.26"},
		{"neo4j", "neo4j", "latest"},
		{"registry.local:5000/neo4j:5.26.7-community", "registry.local:5000/neo4j", "5.26.7-community"},
		{"registry.local:5000/neo4j", "registry.local:5000/neo4j", "latest"},
	}
	for _, tt := range tests {
		t.Run(tt.image, func(t *testing.T) {
			repository, tag := splitImage(tt.image)

			require.Equal(t, tt.repository, repository)
			require.Equal(t, tt.tag, tag)
		})
	}
}
