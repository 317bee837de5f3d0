//go:build integration

package integration

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/stretchr/testify/require"
)

// BenchmarkLoadContentPack loads EgeriaContentPack (170 entities, 305
// relationships, 31 proxies) into an emptied database per iteration.
func BenchmarkLoadContentPack(b *testing.B) {
	e := newEnv(b)
	archive := readArchive(b, "EgeriaContentPack.omarchive")
	instances := len(archive.InstanceStore.Entities) + len(archive.InstanceStore.Relationships)
	// One untimed load plans the statements and warms the JVM.
	_, err := e.store.LoadInstances(e.ctx, archive, nil)
	require.NoError(b, err)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		_, err := neo4j.ExecuteQuery(e.ctx, e.driver, "MATCH (n:Entity) DETACH DELETE n", nil, neo4j.EagerResultTransformer)
		require.NoError(b, err)
		b.StartTimer()
		stats, err := e.store.LoadInstances(e.ctx, archive, nil)
		require.NoError(b, err)
		require.Empty(b, stats.Rejected)
	}
	b.ReportMetric(float64(instances*b.N)/b.Elapsed().Seconds(), "instances/s")
}

// loadedEnv returns a repository holding the single-home sample catalogs.
func loadedEnv(b *testing.B) *env {
	e := newEnv(b)
	for _, name := range singleCatalogs {
		e.loadInstances(name)
	}
	return e
}

// benchmarkPost measures one REST call, end to end over HTTP, after untimed
// calls that let Neo4j plan the statements and the JVM compile them.
func benchmarkPost(b *testing.B, e *env, path string, body any, payload string) {
	for i := 0; i < 50; i++ {
		e.do(http.MethodPost, e.url(path), body)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		response := e.do(http.MethodPost, e.url(path), body)
		if response[payload] == nil {
			b.Fatalf("no %s in response: %v", payload, response)
		}
	}
}

func BenchmarkGetEntityDetail(b *testing.B) {
	e := loadedEnv(b)
	benchmarkPost(b, e, "/instances/entity/5d6ec7aa-9b13-4286-ad00-af82709a259b", map[string]any{"class": "GetRequest"}, "entity")
}

// BenchmarkGetRelationship reads a relationship by GUID alone, which seeks
// the guid index of every relationship type in use.
func BenchmarkGetRelationship(b *testing.B) {
	e := loadedEnv(b)
	raw := readRawArchive(b, "EgeriaContentPack.omarchive")
	guid := raw.relationships[len(raw.relationships)/2]["guid"].(string)
	b.ReportMetric(float64(len(e.store.Types().TypeDefs())), "known-types")
	benchmarkPost(b, e, "/instances/relationship/"+guid, map[string]any{"class": "GetRequest"}, "relationship")
}

// BenchmarkRelationshipsForEntity pages through the 54 relationships of the
// busiest entity of EgeriaContentPack, 20 at a time.
func BenchmarkRelationshipsForEntity(b *testing.B) {
	e := loadedEnv(b)
	body := map[string]any{"class": "TypeLimitedFindRequest", "pageSize": 20, "offset": 20}
	benchmarkPost(b, e, "/instances/entity/0a03c567-fab8-4eff-adc7-c511a5daedbd/relationships", body, "relationships")
}

// glossaryTermBody returns an addEntity body for a GlossaryTerm.
func glossaryTermBody(b *testing.B, e *env, qualifiedName string) map[string]any {
	return map[string]any{
		"class":          "EntityCreateRequest",
		"entityTypeGUID": typeGUID(b, e, "GlossaryTerm"),
		"initialProperties": map[string]any{"class": "InstanceProperties", "instanceProperties": map[string]any{
			"qualifiedName": map[string]any{"class": "PrimitivePropertyValue", "instancePropertyCategory": "PRIMITIVE",
				"primitiveDefCategory": "OM_PRIMITIVE_TYPE_STRING", "primitiveValue": qualifiedName},
		}},
	}
}

// BenchmarkAddEntity creates one GlossaryTerm per call, over REST.
func BenchmarkAddEntity(b *testing.B) {
	e := newEnv(b)
	body := glossaryTermBody(b, e, "bench-term")
	benchmarkPost(b, e, "/instances/entity", body, "entity")
}

// BenchmarkUpdateEntityProperties replaces the properties of one entity per
// call, over REST: a locked read, a version increment and a rewrite.
func BenchmarkUpdateEntityProperties(b *testing.B) {
	e := newEnv(b)
	created := e.post("/instances/entity", glossaryTermBody(b, e, "bench-term"))
	guid := created["entity"].(map[string]any)["guid"].(string)
	body := map[string]any{"class": "InstancePropertiesRequest",
		"instanceProperties": glossaryTermBody(b, e, "bench-term-updated")["initialProperties"]}
	benchmarkPost(b, e, "/instances/entity/"+guid+"/properties", body, "entity")
}

// versionedEnv returns a repository with one GlossaryTerm updated until it
// has the given number of versions, and the term's GUID.
func versionedEnv(b *testing.B, versions int) (*env, string) {
	e := newEnv(b)
	created := e.post("/instances/entity", glossaryTermBody(b, e, "bench-versions"))
	guid := created["entity"].(map[string]any)["guid"].(string)
	body := map[string]any{"class": "InstancePropertiesRequest",
		"instanceProperties": glossaryTermBody(b, e, "bench-versions")["initialProperties"]}
	for i := 1; i < versions; i++ {
		e.post("/instances/entity/"+guid+"/properties", body)
	}
	return e, guid
}

// BenchmarkEntityDetailVersions compares getEntityDetail on an entity with
// one version and with ten: the current version is read the same way, so the
// times should match.
func BenchmarkEntityDetailVersions(b *testing.B) {
	for _, versions := range []int{1, 10} {
		b.Run(fmt.Sprintf("versions=%d", versions), func(b *testing.B) {
			e, guid := versionedEnv(b, versions)
			benchmarkPost(b, e, "/instances/entity/"+guid, map[string]any{"class": "GetRequest"}, "entity")
		})
	}
}

// BenchmarkEntityDetailAsOfTime reads the first of ten versions with
// asOfTime, which reads all versions of the entity.
func BenchmarkEntityDetailAsOfTime(b *testing.B) {
	e, guid := versionedEnv(b, 10)
	history := e.post("/instances/entity/"+guid+"/history/all", map[string]any{"class": "HistoryRangeRequest", "sequencingOrder": "FORWARDS"})
	first := asList(history["entities"])[0].(map[string]any)["updateTime"]
	benchmarkPost(b, e, "/instances/entity/"+guid+"/history", map[string]any{"class": "HistoryRequest", "asOfTime": first}, "entity")
}
