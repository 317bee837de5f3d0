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

	// A change through the repository is refused too, so it cannot seal
	// the edited values as its own.
	created := e.post("/instances/entity", map[string]any{"class": "EntityCreateRequest", "entityTypeGUID": typeGUID(t, e, "GlossaryTerm"),
		"initialProperties": map[string]any{"class": "InstanceProperties", "instanceProperties": map[string]any{
			"qualifiedName": map[string]any{"class": "PrimitivePropertyValue", "instancePropertyCategory": "PRIMITIVE",
				"primitiveDefCategory": "OM_PRIMITIVE_TYPE_STRING", "primitiveValue": "sealed-term"}}}})
	local := created["entity"].(map[string]any)["guid"].(string)
	e.edit("MATCH (n:Entity {guid: $guid}) SET n.qualifiedName = 'edited-term'", map[string]any{"guid": local})
	update := e.post("/instances/entity/"+local+"/properties", map[string]any{"class": "InstancePropertiesRequest"})
	requireException(t, update, "RepositoryErrorException", 500)
	require.Contains(t, update["exceptionErrorMessage"], local)

	broken, err = e.store.Verify(e.ctx)
	require.NoError(t, err)
	kinds := map[string]int{}
	for _, seal := range broken {
		kinds[seal.Kind]++
	}
	require.Equal(t, map[string]int{"entity": 2, "relationship": 1, "classification": 1}, kinds)
	copies := 0
	for _, seal := range broken {
		if seal.Copy {
			copies++
		}
	}
	require.Equal(t, 3, copies, "the catalog's entity, relationship and classification are copies; the new term is not")
}
