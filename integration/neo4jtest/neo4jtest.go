package neo4jtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Source is the origin of an Instance.
type Source string

// Sources of an Instance, in the order Start tries them.
const (
	SourceEnv      Source = "env"
	SourceLauncher Source = "launcher"
	SourceDocker   Source = "docker"
)

// Instance is a Neo4j that tests can reach over Bolt. Its methods are safe for
// concurrent use.
type Instance struct {
	// URI is the Bolt URI, for example bolt://127.0.0.1:39017.
	URI string
	// User is empty when the server needs no authentication.
	User string
	// Password belongs to User.
	Password string
	// Source is the origin of the instance.
	Source Source

	stopOnce sync.Once
	stopErr  error
	stop     func() error
}

// Stop stops what Start started: the launcher process and its data directory, or the
// container. It leaves a server given by NEO4J_URI alone. Calls after the first return
// the first call's result.
func (i *Instance) Stop() error {
	i.stopOnce.Do(func() {
		if i.stop != nil {
			i.stopErr = i.stop()
		}
	})
	return i.stopErr
}

// AuthToken returns basic authentication for User, or no authentication when User is empty.
func (i *Instance) AuthToken() neo4j.AuthToken {
	if i.User == "" {
		return neo4j.NoAuth()
	}
	return neo4j.BasicAuth(i.User, i.Password, "")
}

// NewDriver opens a driver for test setup and clean-up and checks that it connects.
// The caller closes it.
func (i *Instance) NewDriver(ctx context.Context) (neo4j.DriverWithContext, error) {
	driver, err := neo4j.NewDriverWithContext(i.URI, i.AuthToken())
	if err != nil {
		return nil, fmt.Errorf("create driver for %s: %w", i.URI, err)
	}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		return nil, errors.Join(fmt.Errorf("connect to %s: %w", i.URI, err), driver.Close(ctx))
	}
	return driver, nil
}

// Start returns a Neo4j for tests, configured by ConfigFromEnv(os.Getenv); see the
// package documentation for the order it tries. The caller calls Stop on the result.
// The context bounds start-up only, not the instance's life.
func Start(ctx context.Context) (*Instance, error) {
	cfg, err := ConfigFromEnv(os.Getenv)
	if err != nil {
		return nil, err
	}
	return StartWithConfig(ctx, cfg)
}

// StartWithConfig is Start with an explicit configuration.
func StartWithConfig(ctx context.Context, cfg Config) (*Instance, error) {
	return startFirst(ctx, cfg, []starter{
		{name: "NEO4J_URI", start: fromEnv},
		{name: "launcher", start: startLauncher},
		{name: "docker", start: startDocker},
	})
}

// starter is one way to get a Neo4j. It returns an error wrapping errUnavailable when
// the way does not apply here, so the next one is tried.
type starter struct {
	name  string
	start func(context.Context, Config) (*Instance, error)
}

// startFirst returns the instance of the first starter that applies. A starter that
// applies but fails stops the search, because falling through would hide its error.
func startFirst(ctx context.Context, cfg Config, starters []starter) (*Instance, error) {
	var reasons []error
	for _, s := range starters {
		instance, err := s.start(ctx, cfg)
		if err == nil {
			return instance, nil
		}
		if !errors.Is(err, errUnavailable) {
			return nil, fmt.Errorf("start Neo4j with %s: %w", s.name, err)
		}
		reasons = append(reasons, fmt.Errorf("%s: %w", s.name, err))
	}
	return nil, fmt.Errorf("%w (set NEO4J_URI, run make launcher, or start Docker): %w",
		ErrNoNeo4j, errors.Join(reasons...))
}

func fromEnv(_ context.Context, cfg Config) (*Instance, error) {
	if cfg.URI == "" {
		return nil, fmt.Errorf("%w: not set", errUnavailable)
	}
	return &Instance{URI: cfg.URI, User: cfg.User, Password: cfg.Password, Source: SourceEnv}, nil
}
