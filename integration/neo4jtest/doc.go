// Package neo4jtest provides a Neo4j 5.26 server for integration tests.
//
// Start finds or starts one, trying in this order:
//
//  1. NEO4J_URI is set: that server is used as is, with NEO4J_USER and NEO4J_PASSWORD.
//     This is the path of "make test" and .ci/run, which start one Neo4j for the whole run.
//  2. The Java launcher in integration/launcher is built (make launcher) and java is
//     found: the launcher runs as a child process with Bolt on 127.0.0.1 and a free port,
//     and its data in a temporary directory that Stop removes.
//  3. A Docker engine responds: a neo4j:5.26 container with its Bolt port published on
//     127.0.0.1 only.
//  4. Otherwise Start returns an error that wraps ErrNoNeo4j and gives each reason.
//
// TestMain of an integration test package uses Main, which skips the package when no
// Neo4j can be had, but fails it when CI=true or REQUIRE_NEO4J=1:
//
//	var db *neo4jtest.Instance
//
//	func TestMain(m *testing.M) {
//		os.Exit(neo4jtest.Main(m, func(instance *neo4jtest.Instance) { db = instance }))
//	}
//
// The package never writes to the database; tests own their data and clean it up.
package neo4jtest
