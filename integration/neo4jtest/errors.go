package neo4jtest

import "errors"

var (
	// ErrNoNeo4j means that no Neo4j could be found or started: NEO4J_URI is unset, the
	// launcher is not built or java is missing, and no Docker engine responds. The wrapping
	// error gives the reason for each.
	ErrNoNeo4j = errors.New("no Neo4j available")

	// ErrInvalidConfig means that an environment variable read by ConfigFromEnv has a
	// value that cannot be used. The wrapping error names the variable and the value.
	ErrInvalidConfig = errors.New("invalid neo4jtest configuration")

	// errUnavailable marks a way to get Neo4j that does not apply on this machine, such
	// as a launcher that is not built. Start then tries the next way.
	errUnavailable = errors.New("unavailable")
)
