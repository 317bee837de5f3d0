//go:build integration

package integration

import (
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/stretchr/testify/require"
)

// edit changes the graph directly in Neo4j, as an analyst with a database
// login could.
func (e *env) edit(statement string, params map[string]any) {
	e.t.Helper()
	_, err := neo4j.ExecuteQuery(e.ctx, e.driver, statement, params, neo4j.EagerResultTransformer)
	require.NoError(e.t, err)
}

func TestOutOfBandEditsAreCaught(t *testing.T) {
	e := newEnv(t)
	raw := readRawArchive(t, "SimpleAPICatalog.omarchive")
	e.loadInstances("SimpleAPICatalog.omarchive")
	api := findByType(t, raw, "DeployedAPI")
	relationship := raw.relationships[0]["guid"].(string)
	broken, err := e.store.Verify(e.ctx)
	require.NoError(t, err)
	require.Empty(t, broken, "a freshly loaded catalog is intact")

	e.edit("MATCH (n:Entity {guid: $guid}) SET n.displayName = 'Changed by hand'", map[string]any{"guid": api})
	requireException(t, e.post("/instances/entity/"+api, nil), "RepositoryErrorException", 500)
	requireException(t, e.post("/instances/entity/"+api+"/summary", nil), "RepositoryErrorException", 500)

	e.edit("MATCH ()-[r {guid: $guid}]->() SET r.extra = 1", map[string]any{"guid": relationship})
	requireException(t, e.post("/instances/relationship/"+relationship, nil), "RepositoryErrorException", 500)

	e.edit("MATCH (c:Classification) WITH c LIMIT 1 SET c.name = 'Forged'", nil)

	broken, err = e.store.Verify(e.ctx)
	require.NoError(t, err)
	kinds := map[string]int{}
	for _, seal := range broken {
		kinds[seal.Kind]++
	}
	require.Equal(t, map[string]int{"entity": 1, "relationship": 1, "classification": 1}, kinds)
}
