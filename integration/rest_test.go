//go:build integration

package integration

import (
	"encoding/json"
	"net/http"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestTypeQueries(t *testing.T) {
	e := newEnv(t)

	gallery := e.post("/types/all", map[string]any{"class": "GetRequest"})
	require.Equal(t, "TypeDefGalleryResponse", gallery["class"])
	require.Len(t, asList(gallery["typeDefs"]), 620)
	require.Len(t, asList(gallery["attributeTypeDefs"]), 50)

	legacy := e.do(http.MethodGet, e.url("/types/all"), nil)
	require.Equal(t, gallery["typeDefs"], legacy["typeDefs"], "legacy GET serves the same gallery")

	byName := e.post("/types/by-name?name=DeployedAPI", nil)
	require.Len(t, asList(byName["typeDefs"]), 1)
	require.Nil(t, byName["attributeTypeDefs"])
	deployedAPI := asList(byName["typeDefs"])[0].(map[string]any)
	require.Equal(t, "EntityDef", deployedAPI["class"])

	byGUID := e.post("/types/typedef/"+deployedAPI["guid"].(string), nil)
	require.Equal(t, deployedAPI, byGUID["typeDef"], "the same type from every lookup")
	byTypeName := e.post("/types/typedef/name/DeployedAPI", nil)
	require.Equal(t, deployedAPI, byTypeName["typeDef"])

	mapType := e.post("/types/attribute-typedef/name/map%3Cstring%2Cstring%3E", nil)
	require.Nil(t, mapType["exceptionClassName"], "%v", mapType["exceptionErrorMessage"])
	require.Equal(t, "map<string,string>", mapType["attributeTypeDef"].(map[string]any)["name"])

	counts := map[string]int{"ENTITY_DEF": 340, "RELATIONSHIP_DEF": 196, "CLASSIFICATION_DEF": 84}
	for category, want := range counts {
		response := e.post("/types/typedefs/by-category", map[string]any{"class": "TypeDefCategoryRequest", "category": category})
		require.Len(t, asList(response["typeDefs"]), want, category)
	}
	enums := e.post("/types/attribute-typedefs/by-category", map[string]any{"class": "AttributeTypeDefCategoryRequest", "category": "ENUM_DEF"})
	require.Len(t, asList(enums["attributeTypeDefs"]), 28)
}

func TestEntityReads(t *testing.T) {
	e := newEnv(t)
	e.loadInstances("SimpleAPICatalog.omarchive")
	e.loadInstances("EgeriaContentPack.omarchive")
	const api = "5d6ec7aa-9b13-4286-ad00-af82709a259b"
	const proxy = "0a03c567-fab8-4eff-adc7-c511a5daedbd" // a CoreContentPack entity, known here only as a relationship end

	known := e.post("/instances/entity/"+api+"/existence", nil)
	require.Equal(t, "EntityDetailResponse", known["class"])
	require.Equal(t, api, known["entity"].(map[string]any)["guid"])

	summary := e.post("/instances/entity/"+api+"/summary", nil)
	require.Equal(t, "EntitySummary", summary["entity"].(map[string]any)["class"])
	require.Nil(t, summary["entity"].(map[string]any)["properties"])
	require.Len(t, asList(summary["entity"].(map[string]any)["classifications"]), 1)

	legacy := e.do(http.MethodGet, e.url("/instances/entity/"+api), nil)
	detail := e.post("/instances/entity/"+api, map[string]any{"class": "GetRequest"})
	require.Equal(t, detail["entity"], legacy["entity"])
	require.Equal(t, known["entity"], detail["entity"])

	proxySummary := e.post("/instances/entity/"+proxy+"/summary", nil)
	require.Equal(t, "EntityProxy", proxySummary["entity"].(map[string]any)["class"])
	requireException(t, e.post("/instances/entity/"+proxy, nil), "EntityProxyOnlyException", 400)
	proxyKnown := e.post("/instances/entity/"+proxy+"/existence", nil)
	require.Nil(t, proxyKnown["entity"], "isEntityKnown returns nothing for a proxy")
	require.Nil(t, proxyKnown["exceptionClassName"])

	unknown := e.post("/instances/entity/no-such-guid/existence", nil)
	require.Nil(t, unknown["entity"])
	require.Nil(t, unknown["exceptionClassName"])
	require.Equal(t, json.Number("200"), unknown["relatedHTTPCode"])
}

// findByType returns the GUID of the first archive entity of typeName.
func findByType(t *testing.T, raw rawArchive, typeName string) string {
	for _, entity := range raw.entities {
		if entity["type"].(map[string]any)["typeDefName"] == typeName {
			return entity["guid"].(string)
		}
	}
	t.Fatalf("no %s in the archive", typeName)
	return ""
}

// relationshipGUIDs returns the GUIDs in a RelationshipListResponse.
func relationshipGUIDs(response map[string]any) []string {
	var guids []string
	for _, item := range asList(response["relationships"]) {
		guids = append(guids, item.(map[string]any)["guid"].(string))
	}
	return guids
}

func typeGUID(t testing.TB, e *env, name string) string {
	response := e.post("/types/typedef/name/"+name, nil)
	require.Nil(t, response["exceptionClassName"], "%v", response["exceptionErrorMessage"])
	return response["typeDef"].(map[string]any)["guid"].(string)
}

func TestRelationshipsForEntity(t *testing.T) {
	e := newEnv(t)
	raw := readRawArchive(t, "SimpleCatalog.omarchive")
	e.loadInstances("SimpleCatalog.omarchive")
	schema := findByType(t, raw, "DeployedDatabaseSchema")
	path := "/instances/entity/" + schema + "/relationships"

	var want []string
	for _, relationship := range raw.relationships {
		if relationship["entityOneProxy"].(map[string]any)["guid"] == schema || relationship["entityTwoProxy"].(map[string]any)["guid"] == schema {
			want = append(want, relationship["guid"].(string))
		}
	}
	require.Len(t, want, 4)
	sort.Strings(want)

	byGUID := e.post(path, map[string]any{"class": "TypeLimitedFindRequest", "sequencingOrder": "GUID"})
	require.Equal(t, "RelationshipListResponse", byGUID["class"])
	require.Equal(t, want, relationshipGUIDs(byGUID))

	// LineageRelationship is the supertype of DataFlow: the filter includes
	// subtypes.
	lineage := e.post(path, map[string]any{"class": "TypeLimitedFindRequest", "typeGUID": typeGUID(t, e, "LineageRelationship")})
	require.Len(t, relationshipGUIDs(lineage), 2)
	for _, item := range asList(lineage["relationships"]) {
		require.Equal(t, "DataFlow", item.(map[string]any)["type"].(map[string]any)["typeDefName"])
	}

	deletedOnly := e.post(path, map[string]any{"class": "TypeLimitedFindRequest", "limitResultsByStatus": []string{"DELETED"}})
	require.Nil(t, deletedOnly["relationships"], "no list at all when nothing matches")
	require.Equal(t, json.Number("0"), deletedOnly["pageSize"])

	var paged []string
	for offset := 0; offset < 5; offset++ {
		page := e.post(path, map[string]any{"class": "TypeLimitedFindRequest", "offset": offset, "pageSize": 1, "sequencingOrder": "GUID"})
		guids := relationshipGUIDs(page)
		if offset >= 4 {
			require.Empty(t, guids)
			continue
		}
		require.Len(t, guids, 1)
		require.Equal(t, json.Number("1"), page["pageSize"])
		paged = append(paged, guids...)
	}
	require.Equal(t, want, paged, "pages of one cover every relationship once, in order")

	anyOrder := e.post(path, map[string]any{"class": "TypeLimitedFindRequest"})
	again := e.post(path, map[string]any{"class": "TypeLimitedFindRequest"})
	require.Equal(t, relationshipGUIDs(anyOrder), relationshipGUIDs(again), "the default order is stable")

	for _, item := range asList(byGUID["relationships"]) {
		relationship := item.(map[string]any)
		for _, end := range []string{"entityOneProxy", "entityTwoProxy"} {
			require.Equal(t, "EntityProxy", relationship[end].(map[string]any)["class"])
		}
	}
}

func TestRelationshipReads(t *testing.T) {
	e := newEnv(t)
	raw := readRawArchive(t, "SimpleAPICatalog.omarchive")
	e.loadInstances("SimpleAPICatalog.omarchive")
	guid := raw.relationships[0]["guid"].(string)

	known := e.post("/instances/relationship/"+guid+"/existence", nil)
	require.Equal(t, "RelationshipResponse", known["class"])
	require.Equal(t, guid, known["relationship"].(map[string]any)["guid"])

	got := e.post("/instances/relationship/"+guid, map[string]any{"class": "GetRequest"})
	require.Equal(t, known["relationship"], got["relationship"])
	legacy := e.do(http.MethodGet, e.url("/instances/relationship/"+guid), nil)
	require.Equal(t, got["relationship"], legacy["relationship"])

	unknown := e.post("/instances/relationship/no-such-guid/existence", nil)
	require.Nil(t, unknown["relationship"])
	require.Nil(t, unknown["exceptionClassName"])
}
