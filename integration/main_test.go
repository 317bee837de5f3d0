//go:build integration

// Package integration tests omrs-neo4j end to end: the OMRS REST API served
// by the real handlers over the real repository, against a real Neo4j that
// TestMain starts (see package neo4jtest for where it comes from).
package integration

import (
	"os"
	"testing"

	"github.com/omrs-neo4j/omrs-neo4j/integration/neo4jtest"
)

// neo is the Neo4j every test in this package uses. Tests run one at a time
// and each starts from an empty database.
var neo *neo4jtest.Instance

func TestMain(m *testing.M) {
	os.Exit(neo4jtest.Main(m, func(instance *neo4jtest.Instance) { neo = instance }))
}
