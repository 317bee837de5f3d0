//go:build integration

package integration

import (
	"encoding/json"
	"net/url"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// retypeRequest returns a TypeDefChangeRequest from one type to another.
func (m *maintEnv) retypeRequest(current, next string) map[string]any {
	return map[string]any{"class": "TypeDefChangeRequest", "requestId": uuid.NewString(),
		"currentTypeDef": m.typeSummary(current), "newTypeDef": m.typeSummary(next)}
}

// rehomePath returns the path of reHomeEntity or reHomeRelationship.
func rehomePath(kind, guid, home, newHome, newName string) string {
	path := "/instances/" + kind + "/" + guid + "/home/" + url.PathEscape(home)
	query := url.Values{}
	if newHome != "" {
		query.Set("newHomeMetadataCollectionId", newHome)
	}
	if newName != "" {
		query.Set("newHomeMetadataCollectionName", newName)
	}
	if len(query) > 0 {
		path += "?" + query.Encode()
	}
	return path
}

func TestMaintReIdentifyEntity(t *testing.T) {
	m := newMaintEnv(t)
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset"), "displayName", "Old GUID"))
	term := m.addTerm(uniqueName("term"))
	relationship := m.addRelationship("SemanticAssignment", guidOf(asset), guidOf(term), nil)
	oldGUID, newGUID := guidOf(asset), uuid.NewString()

	response := m.post("/instances/entity/"+oldGUID+"/identity?newEntityGUID="+newGUID, m.typeIDs("Asset"))

	require.Equal(t, "EntityDetailResponse", response["class"])
	moved := m.payload(response, "entity")
	require.Equal(t, newGUID, moved["guid"])
	require.Equal(t, oldGUID, moved["reIdentifiedFromGUID"])
	require.Equal(t, json.Number("2"), moved["version"])
	require.Equal(t, asset["createTime"], moved["createTime"])
	require.Equal(t, asset["createdBy"], moved["createdBy"])
	require.Equal(t, asset["properties"], moved["properties"])
	require.Equal(t, asset["type"], moved["type"])
	require.Equal(t, "ACTIVE", moved["status"])
	require.Equal(t, moved, m.entity(newGUID))

	requireOMRSException(t, m.post("/instances/entity/"+oldGUID, getRequest()), "EntityNotKnownException", oldGUID)
	tombstone, ok := m.knownEntity(oldGUID).(map[string]any)
	require.True(t, ok, "the old GUID is kept as a deleted entity")
	require.Equal(t, "DELETED", tombstone["status"])
	require.Equal(t, json.Number("2"), tombstone["version"])

	moves := m.relationship(guidOf(relationship))
	require.Equal(t, newGUID, moves["entityOneProxy"].(map[string]any)["guid"], "the relationship follows the entity")
	require.Equal(t, expectedEndProxy(moved), moves["entityOneProxy"])
	require.Equal(t, relationship["version"], moves["version"], "the relationship's version is unchanged")
	require.Equal(t, []string{guidOf(relationship)}, m.relationshipsOf(newGUID))
	require.Equal(t, []string{guidOf(relationship)}, m.relationshipsOf(guidOf(term)))
}

func TestMaintReIdentifyEntityRejectsBadInput(t *testing.T) {
	m := newMaintEnv(t)
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))
	term := m.addTerm(uniqueName("term"))
	relationship := m.addRelationship("SemanticAssignment", guidOf(asset), guidOf(term), nil)
	proxy := m.remoteProxy("GlossaryTerm", uuid.NewString(), newRemoteHome(), uniqueName("proxy"))
	m.addProxy(proxy)
	path := func(newGUID string) string {
		return "/instances/entity/" + guidOf(asset) + "/identity?newEntityGUID=" + newGUID
	}
	unknownGUID := uuid.NewString()

	m.requireRejections([]rejection{
		{"GUID of an entity", path(guidOf(term)), m.typeIDs("Asset"), "InvalidParameterException", []string{guidOf(term)}},
		{"GUID of a relationship", path(guidOf(relationship)), m.typeIDs("Asset"), "InvalidParameterException", []string{guidOf(relationship)}},
		{"GUID of a proxy", path(guidOf(proxy)), m.typeIDs("Asset"), "InvalidParameterException", []string{guidOf(proxy)}},
		{"no new GUID", "/instances/entity/" + guidOf(asset) + "/identity", m.typeIDs("Asset"), "InvalidParameterException", nil},
		{"unrelated type", path(uuid.NewString()), m.typeIDs("GlossaryTerm"), "InvalidParameterException", []string{"GlossaryTerm"}},
		{"unknown entity", "/instances/entity/" + unknownGUID + "/identity?newEntityGUID=" + uuid.NewString(), m.typeIDs("Asset"),
			"EntityNotKnownException", []string{unknownGUID}},
	})
}

func TestMaintReTypeEntityToSubtypeAndBack(t *testing.T) {
	m := newMaintEnv(t)
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("retype"), "displayName", "Retyped"),
		newClassification("Confidentiality", confidentialityLevel(1)))
	guid := guidOf(asset)

	down := m.post("/instances/entity/"+guid+"/type", m.retypeRequest("Asset", "DataSet"))

	require.Equal(t, "EntityDetailResponse", down["class"])
	dataSet := m.payload(down, "entity")
	require.Equal(t, copyJSON(m.instanceType("DataSet")), dataSet["type"])
	require.Equal(t, json.Number("2"), dataSet["version"])
	require.Equal(t, asset["properties"], dataSet["properties"])
	require.Equal(t, asset["classifications"], dataSet["classifications"])
	require.Equal(t, dataSet, m.entity(guid))

	up := m.payload(m.post("/instances/entity/"+guid+"/type", m.retypeRequest("DataSet", "Asset")), "entity")

	require.Equal(t, copyJSON(m.instanceType("Asset")), up["type"])
	require.Equal(t, json.Number("3"), up["version"])
	require.Equal(t, asset["properties"], up["properties"])
	require.Equal(t, up, m.entity(guid))
}

func TestMaintReTypeEntityRejectsBadInput(t *testing.T) {
	m := newMaintEnv(t)
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))
	withFormula := m.addEntity("DataSet", omrsStrings("qualifiedName", uniqueName("data set"), "formula", "a + b"))
	encoded := m.addEntity("DataSet", omrsStrings("qualifiedName", uniqueName("encoded")),
		newClassification("DataAssetEncoding", omrsStrings("encodingType", "UTF-8")))
	term := m.addTerm(uniqueName("term"))
	m.addRelationship("SemanticAssignment", guidOf(asset), guidOf(term), nil)
	path := func(entity map[string]any) string { return "/instances/entity/" + guidOf(entity) + "/type" }
	unknownType := m.retypeRequest("Asset", "DataSet")
	unknownType["newTypeDef"] = map[string]any{"guid": "no-such-type-guid", "name": "NoSuchType", "category": "ENTITY_DEF", "version": 1}
	noNewType := m.retypeRequest("Asset", "DataSet")
	delete(noNewType, "newTypeDef")
	unknownGUID := uuid.NewString()

	m.requireRejections([]rejection{
		{"current type is not the entity's", path(asset), m.retypeRequest("GlossaryTerm", "DataSet"), "InvalidParameterException", []string{"GlossaryTerm"}},
		{"relationship type", path(asset), m.retypeRequest("Asset", "SemanticAssignment"), "TypeErrorException", []string{"SemanticAssignment"}},
		{"unknown type", path(asset), unknownType, "TypeErrorException", []string{"NoSuchType"}},
		{"no new type", path(asset), noNewType, "InvalidParameterException", nil},
		{"property of the old type only", path(withFormula), m.retypeRequest("DataSet", "Asset"), "PropertyErrorException", []string{"formula"}},
		{"classification not valid for the new type", path(encoded), m.retypeRequest("DataSet", "Asset"),
			"ClassificationErrorException", []string{"DataAssetEncoding"}},
		{"relationship end no longer fits", path(term), m.retypeRequest("GlossaryTerm", "AuthoredReferenceable"),
			"InvalidParameterException", []string{"SemanticAssignment"}},
		{"unknown entity", "/instances/entity/" + unknownGUID + "/type", m.retypeRequest("Asset", "DataSet"),
			"EntityNotKnownException", []string{unknownGUID}},
	})
}

func TestMaintReHomeEntityCopy(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	name := uniqueName("rehomed")
	copied := m.remoteEntity("Asset", uuid.NewString(), home, 4, omrsStrings("qualifiedName", name))
	requireSuccess(t, m.saveEntityCopy(copied))
	guid := guidOf(copied)

	response := m.post(rehomePath("entity", guid, home, m.localID, m.localName), m.typeIDs("Asset"))

	require.Equal(t, "EntityDetailResponse", response["class"])
	rehomed := m.payload(response, "entity")
	require.Equal(t, m.localID, rehomed["metadataCollectionId"])
	require.Equal(t, m.localName, rehomed["metadataCollectionName"])
	require.Equal(t, "LOCAL_COHORT", rehomed["instanceProvenanceType"])
	require.Equal(t, json.Number("5"), rehomed["version"])
	require.Nil(t, rehomed["replicatedBy"])
	require.Equal(t, copyJSON(copied)["createTime"], rehomed["createTime"])
	require.Equal(t, copyJSON(copied)["properties"], rehomed["properties"])
	require.Equal(t, rehomed, m.entity(guid))

	updated := m.payload(m.updateProperties(guid, omrsStrings("qualifiedName", name, "displayName", "Owned here")), "entity")
	require.Equal(t, json.Number("6"), updated["version"], "the entity is now maintained here")
}

// The home id in the path is the home the caller believes in. The
// repository does not compare it with the stored home.
func TestMaintReHomeEntityIgnoresBelievedHome(t *testing.T) {
	m := newMaintEnv(t)
	copied := m.remoteEntity("Asset", uuid.NewString(), newRemoteHome(), 1, omrsStrings("qualifiedName", uniqueName("rehomed")))
	requireSuccess(t, m.saveEntityCopy(copied))

	response := m.post(rehomePath("entity", guidOf(copied), "some-other-home", m.localID, ""), m.typeIDs("Asset"))

	rehomed := m.payload(response, "entity")
	require.Equal(t, m.localID, rehomed["metadataCollectionId"])
}

func TestMaintReHomeEntityRejectsBadInput(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	copied := m.remoteEntity("Asset", uuid.NewString(), home, 1, omrsStrings("qualifiedName", uniqueName("copy")))
	requireSuccess(t, m.saveEntityCopy(copied))
	local := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("local")))
	proxy := m.remoteProxy("Asset", uuid.NewString(), home, uniqueName("proxy"))
	m.addProxy(proxy)
	otherHome := newRemoteHome()
	unknownGUID := uuid.NewString()

	m.requireRejections([]rejection{
		{"new home elsewhere", rehomePath("entity", guidOf(copied), home, otherHome, ""), m.typeIDs("Asset"),
			"InvalidParameterException", []string{otherHome}},
		{"no new home", rehomePath("entity", guidOf(copied), home, "", ""), m.typeIDs("Asset"), "InvalidParameterException", nil},
		{"already homed here", rehomePath("entity", guidOf(local), m.localID, m.localID, ""), m.typeIDs("Asset"),
			"InvalidParameterException", []string{guidOf(local)}},
		{"proxy", rehomePath("entity", guidOf(proxy), home, m.localID, ""), m.typeIDs("Asset"), "InvalidParameterException", []string{guidOf(proxy)}},
		{"unknown entity", rehomePath("entity", unknownGUID, home, m.localID, ""), m.typeIDs("Asset"), "EntityNotKnownException", []string{unknownGUID}},
	})
}
