package neo4jtest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/ory/dockertest/v3"
	"github.com/ory/dockertest/v3/docker"
)

const (
	boltContainerPort = "7687/tcp"

	// dockerMaxWait bounds the wait for the container's Bolt port. The image's start-up
	// time was not measured here. It is longer than DefaultStartTimeout because the
	// packaged server does more work at start-up than the launcher.
	dockerMaxWait = 5 * time.Minute

	// dockerExpireSeconds makes Docker kill a container that a crashed test never purged.
	dockerExpireSeconds = 30 * 60
)

// dockerEnv configures the image: no authentication, usage reporting off (it would send
// data to a Neo4j server on the internet) and memory capped.
var dockerEnv = []string{
	"NEO4J_AUTH=none",
	"NEO4J_dbms_usage__report_enabled=false",
	"NEO4J_server_memory_pagecache_size=128M",
	"NEO4J_server_memory_heap_initial__size=256M",
	"NEO4J_server_memory_heap_max__size=1G",
}

// startDocker runs the Neo4j image with Bolt published on 127.0.0.1 only, and waits
// until a driver connects.
//
// NOTE: this path compiles and its helpers are unit-tested, but it has not run against a
// Docker engine: the machines it was written on have none.
func startDocker(ctx context.Context, cfg Config) (*Instance, error) {
	pool, err := dockertest.NewPool("")
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errUnavailable, err)
	}
	// NewPool does not connect, so Ping is what detects a missing engine.
	if err := pool.Client.Ping(); err != nil {
		return nil, fmt.Errorf("%w: no Docker engine responds: %w", errUnavailable, err)
	}
	pool.MaxWait = dockerMaxWait

	repository, tag := splitImage(cfg.DockerImage)
	resource, err := pool.RunWithOptions(&dockertest.RunOptions{
		Repository:   repository,
		Tag:          tag,
		Env:          dockerEnv,
		ExposedPorts: []string{boltContainerPort},
		PortBindings: map[docker.Port][]docker.PortBinding{
			boltContainerPort: {{HostIP: "127.0.0.1", HostPort: ""}},
		},
	}, func(host *docker.HostConfig) {
		host.AutoRemove = true
		host.RestartPolicy = docker.RestartPolicy{Name: "no"}
		host.PublishAllPorts = false
	})
	if err != nil {
		return nil, fmt.Errorf("run %s: %w", cfg.DockerImage, err)
	}
	if err := resource.Expire(dockerExpireSeconds); err != nil {
		return nil, errors.Join(fmt.Errorf("set container expiry: %w", err), pool.Purge(resource))
	}

	instance := &Instance{
		URI:    "bolt://" + resource.GetHostPort(boltContainerPort),
		Source: SourceDocker,
		stop:   func() error { return pool.Purge(resource) },
	}
	if err := pool.Retry(func() error { return ping(ctx, instance) }); err != nil {
		return nil, errors.Join(fmt.Errorf("wait for Bolt at %s: %w", instance.URI, err), instance.Stop())
	}
	return instance, nil
}

// splitImage splits "repository:tag"; a missing tag means "latest", as in Docker.
func splitImage(image string) (repository, tag string) {
	slash := strings.LastIndex(image, "/")
	colon := strings.LastIndex(image, ":")
	if colon <= slash {
		return image, "latest"
	}
	return image[:colon], image[colon+1:]
}

func ping(ctx context.Context, instance *Instance) error {
	attemptCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()

	driver, err := neo4j.NewDriverWithContext(instance.URI, instance.AuthToken())
	if err != nil {
		return fmt.Errorf("create driver for %s: %w", instance.URI, err)
	}
	return errors.Join(driver.VerifyConnectivity(attemptCtx), driver.Close(attemptCtx))
}
