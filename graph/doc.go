// Package graph is the repository: it applies the OMRS rules (homes,
// provenance, versions, reference copies, validation through the type
// registry) and persists instances and type definitions in Neo4j.
//
// Store is the only type other packages use. Every method takes a context
// first and returns *typesystem.Error values for OMRS failures, so callers
// never see neo4j driver types or errors: the driver stays inside this
// package, and all Cypher text comes from packages cypher and queries.
//
// The graph model is described in docs/graph-model.md.
package graph
