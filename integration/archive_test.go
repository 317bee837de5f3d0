//go:build integration

package integration

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// rawArchive is an archive file decoded without the typesystem package, so
// the expected values do not depend on the code under test.
type rawArchive struct {
	properties    map[string]any
	entities      []map[string]any
	relationships []map[string]any
}

func readRawArchive(t testing.TB, name string) rawArchive {
	t.Helper()
	data, err := os.ReadFile(archivePath(t, name))
	require.NoError(t, err)
	decoder := json.NewDecoder(bytes.NewReader(data))
	decoder.UseNumber()
	var file map[string]any
	require.NoError(t, decoder.Decode(&file))
	raw := rawArchive{properties: file["archiveProperties"].(map[string]any)}
	store, _ := file["archiveInstanceStore"].(map[string]any)
	for _, item := range asList(store["entities"]) {
		raw.entities = append(raw.entities, item.(map[string]any))
	}
	for _, item := range asList(store["relationships"]) {
		raw.relationships = append(raw.relationships, item.(map[string]any))
	}
	return raw
}

func asList(v any) []any {
	list, _ := v.([]any)
	return list
}

// expectHeader applies to an archive instance or classification what the
// repository sets itself when it stores and serves it. These are the only
// fields allowed to differ from the archive:
//   - content packs: metadataCollectionId and metadataCollectionName become
//     the archive's GUID and name, createdBy its originator, createTime its
//     creation date, instanceLicense its license, instanceProvenanceType
//     CONTENT_PACK, replicatedBy this repository, and version 0 becomes 1;
//   - LOCAL_COHORT instances homed in another collection (repository
//     backups of other servers) are served as DEREGISTERED_REPOSITORY,
//     because their home is not an active member of this server's cohort.
func expectHeader(header, archiveProperties map[string]any, localID string) {
	if archiveProperties["archiveType"] == "CONTENT_PACK" {
		header["metadataCollectionId"] = archiveProperties["archiveGUID"]
		header["metadataCollectionName"] = archiveProperties["archiveName"]
		header["createdBy"] = archiveProperties["originatorName"]
		header["createTime"] = archiveProperties["creationDate"]
		header["instanceLicense"] = archiveProperties["originatorLicense"]
		header["instanceProvenanceType"] = "CONTENT_PACK"
		header["replicatedBy"] = localID
		if header["version"] == json.Number("0") {
			header["version"] = json.Number("1")
		}
		return
	}
	if header["instanceProvenanceType"] == "LOCAL_COHORT" && header["metadataCollectionId"] != localID {
		header["instanceProvenanceType"] = "DEREGISTERED_REPOSITORY"
	}
}

// expectEntity returns the entity the repository should serve for an
// archive entity.
func expectEntity(entity, archiveProperties map[string]any, localID string) map[string]any {
	expected := copyJSON(entity)
	expectHeader(expected, archiveProperties, localID)
	for _, classification := range asList(expected["classifications"]) {
		expectHeader(classification.(map[string]any), archiveProperties, localID)
	}
	return expected
}

// copyJSON deep-copies a generic JSON value.
func copyJSON(value map[string]any) map[string]any {
	data, _ := json.Marshal(value)
	decoder := json.NewDecoder(bytes.NewReader(data))
	decoder.UseNumber()
	var out map[string]any
	_ = decoder.Decode(&out)
	return out
}

// checkArchiveServed reads every entity and relationship of the archives
// back over REST and compares it with the archive.
func checkArchiveServed(t *testing.T, e *env, names ...string) {
	localID := e.store.MetadataCollectionID()
	expectedEntities := map[string]map[string]any{}
	for _, name := range names {
		raw := readRawArchive(t, name)
		for _, entity := range raw.entities {
			expectedEntities[entity["guid"].(string)] = expectEntity(entity, raw.properties, localID)
		}
	}
	for _, name := range names {
		raw := readRawArchive(t, name)
		for _, entity := range raw.entities {
			guid := entity["guid"].(string)
			response := e.post("/instances/entity/"+guid, map[string]any{"class": "GetRequest"})
			require.Nil(t, response["exceptionClassName"], "%s entity %s: %v", name, guid, response["exceptionErrorMessage"])
			require.Equal(t, "EntityDetailResponse", response["class"])
			require.Equal(t, expectedEntities[guid], response["entity"], "%s entity %s", name, guid)
		}
		for _, relationship := range raw.relationships {
			checkRelationshipServed(t, e, name, relationship, raw.properties, expectedEntities)
		}
	}
}

// checkRelationshipServed compares one relationship. The repository builds
// its end proxies from the end entities as stored now, so they are compared
// on identity: GUID, type and home. When an end is a full entity of the
// loaded archives, its classifications and qualifiedName are compared too.
func checkRelationshipServed(t *testing.T, e *env, name string, relationship, archiveProperties map[string]any,
	expectedEntities map[string]map[string]any) {
	guid := relationship["guid"].(string)
	response := e.post("/instances/relationship/"+guid, map[string]any{"class": "GetRequest"})
	require.Nil(t, response["exceptionClassName"], "%s relationship %s: %v", name, guid, response["exceptionErrorMessage"])
	actual := copyJSON(response["relationship"].(map[string]any))
	expected := copyJSON(relationship)
	expectHeader(expected, archiveProperties, e.store.MetadataCollectionID())

	for _, key := range []string{"entityOneProxy", "entityTwoProxy"} {
		archiveEnd := expected[key].(map[string]any)
		servedEnd := actual[key].(map[string]any)
		endGUID := archiveEnd["guid"].(string)
		require.Equal(t, "EntityProxy", servedEnd["class"], "%s relationship %s %s", name, guid, key)
		require.Equal(t, endGUID, servedEnd["guid"], "%s relationship %s %s", name, guid, key)
		require.Equal(t, archiveEnd["type"], servedEnd["type"], "%s relationship %s %s", name, guid, key)
		if entity, ok := expectedEntities[endGUID]; ok {
			require.Equal(t, entity["metadataCollectionId"], servedEnd["metadataCollectionId"], "%s relationship %s %s", name, guid, key)
			require.Equal(t, entity["classifications"], servedEnd["classifications"], "%s relationship %s %s", name, guid, key)
			if qualifiedName := propertyValue(entity["properties"], "qualifiedName"); qualifiedName != nil {
				require.Equal(t, qualifiedName, propertyValue(servedEnd["uniqueProperties"], "qualifiedName"), "%s relationship %s %s", name, guid, key)
			}
		} else {
			require.Equal(t, archiveEnd["metadataCollectionId"], servedEnd["metadataCollectionId"], "%s relationship %s %s", name, guid, key)
		}
		delete(expected, key)
		delete(actual, key)
	}
	require.Equal(t, expected, actual, "%s relationship %s", name, guid)
}

// propertyValue returns the JSON of one property in an InstanceProperties
// object, or nil.
func propertyValue(properties any, name string) any {
	object, _ := properties.(map[string]any)
	values, _ := object["instanceProperties"].(map[string]any)
	return values[name]
}

// singleCatalogs are the sample catalogs that share no GUIDs; SimpleCatalog
// combines the first four under other homes, so it is loaded on its own.
var singleCatalogs = []string{
	"SimpleAPICatalog.omarchive", "SimpleDataCatalog.omarchive", "SimpleEventCatalog.omarchive",
	"SimpleGovernanceCatalog.omarchive", "EgeriaContentPack.omarchive",
}

func TestArchivesServedExactly(t *testing.T) {
	e := newEnv(t)
	e.loadTypes("CocoTypesArchive.omarchive")
	for _, name := range singleCatalogs {
		stats := e.loadInstances(name)
		require.Empty(t, stats.Rejected, "%s", name)
	}
	checkArchiveServed(t, e, singleCatalogs...)
}

func TestCombinedCatalogServedExactly(t *testing.T) {
	e := newEnv(t)
	stats := e.loadInstances("SimpleCatalog.omarchive")
	require.Empty(t, stats.Rejected)
	require.Equal(t, 28, stats.EntitiesStored)
	require.Equal(t, 34, stats.RelationshipsStored)
	checkArchiveServed(t, e, "SimpleCatalog.omarchive")
}

func TestCustomerAPIWithAnchors(t *testing.T) {
	e := newEnv(t)
	e.loadInstances("SimpleAPICatalog.omarchive")

	response := e.post("/instances/entity/5d6ec7aa-9b13-4286-ad00-af82709a259b", map[string]any{"class": "GetRequest"})

	entity := response["entity"].(map[string]any)
	require.Equal(t, "DeployedAPI", entity["type"].(map[string]any)["typeDefName"])
	displayName := propertyValue(entity["properties"], "displayName").(map[string]any)
	require.Equal(t, "Customer API", displayName["primitiveValue"])
	classifications := asList(entity["classifications"])
	require.Len(t, classifications, 1)
	require.Equal(t, "Anchors", classifications[0].(map[string]any)["name"])
}
