//go:build integration

package integration

import (
	"encoding/json"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

func TestMaintReIdentifyRelationship(t *testing.T) {
	m := newMaintEnv(t)
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))
	term := m.addTerm(uniqueName("term"))
	relationship := m.addRelationship("SemanticAssignment", guidOf(asset), guidOf(term), assignmentProperties("moved", 3))
	oldGUID, newGUID := guidOf(relationship), uuid.NewString()

	response := m.post("/instances/relationship/"+oldGUID+"/identity?newRelationshipGUID="+newGUID, m.typeIDs("SemanticAssignment"))

	require.Equal(t, "RelationshipResponse", response["class"])
	moved := m.payload(response, "relationship")
	require.Equal(t, newGUID, moved["guid"])
	require.Equal(t, oldGUID, moved["reIdentifiedFromGUID"])
	require.Equal(t, json.Number("2"), moved["version"])
	require.Equal(t, relationship["createTime"], moved["createTime"])
	require.Equal(t, relationship["properties"], moved["properties"])
	require.Equal(t, relationship["entityOneProxy"], moved["entityOneProxy"])
	require.Equal(t, relationship["entityTwoProxy"], moved["entityTwoProxy"])
	require.Equal(t, moved, m.relationship(newGUID))
	requireOMRSException(t, m.post("/instances/relationship/"+oldGUID, getRequest()), "RelationshipNotKnownException", oldGUID)
	require.Equal(t, []string{newGUID}, m.relationshipsOf(guidOf(term)))

	m.requireRejections([]rejection{
		{"GUID in use", "/instances/relationship/" + newGUID + "/identity?newRelationshipGUID=" + guidOf(asset),
			m.typeIDs("SemanticAssignment"), "InvalidParameterException", []string{guidOf(asset)}},
		{"no new GUID", "/instances/relationship/" + newGUID + "/identity", m.typeIDs("SemanticAssignment"), "InvalidParameterException", nil},
		{"old GUID", "/instances/relationship/" + oldGUID + "/identity?newRelationshipGUID=" + uuid.NewString(),
			m.typeIDs("SemanticAssignment"), "RelationshipNotKnownException", []string{oldGUID}},
	})
}

func TestMaintReTypeRelationshipToSubtypeAndBack(t *testing.T) {
	m := newMaintEnv(t)
	source := m.addTerm(uniqueName("source"))
	target := m.addTerm(uniqueName("target"))
	properties := omrsStrings("iscQualifiedName", "lineage::1")
	relationship := m.addRelationship("LineageRelationship", guidOf(source), guidOf(target), properties)
	guid := guidOf(relationship)

	down := m.post("/instances/relationship/"+guid+"/type", m.retypeRequest("LineageRelationship", "DataFlow"))

	require.Equal(t, "RelationshipResponse", down["class"])
	flow := m.payload(down, "relationship")
	require.Equal(t, copyJSON(m.instanceType("DataFlow")), flow["type"])
	require.Equal(t, json.Number("2"), flow["version"])
	require.Equal(t, copyJSON(properties), flow["properties"])
	require.Equal(t, flow, m.relationship(guid))

	up := m.payload(m.post("/instances/relationship/"+guid+"/type", m.retypeRequest("DataFlow", "LineageRelationship")), "relationship")

	require.Equal(t, copyJSON(m.instanceType("LineageRelationship")), up["type"])
	require.Equal(t, json.Number("3"), up["version"])
	require.Equal(t, up, m.relationship(guid))
}

func TestMaintReTypeRelationshipRejectsBadInput(t *testing.T) {
	m := newMaintEnv(t)
	source := m.addTerm(uniqueName("source"))
	target := m.addTerm(uniqueName("target"))
	flow := m.addRelationship("DataFlow", guidOf(source), guidOf(target), omrsStrings("formula", "a + b"))
	path := "/instances/relationship/" + guidOf(flow) + "/type"
	unknownGUID := uuid.NewString()

	m.requireRejections([]rejection{
		{"property of the old type only", path, m.retypeRequest("DataFlow", "LineageRelationship"), "PropertyErrorException", []string{"formula"}},
		{"current type is not the relationship's", path, m.retypeRequest("ControlFlow", "LineageRelationship"),
			"InvalidParameterException", []string{"ControlFlow"}},
		{"entity type", path, m.retypeRequest("DataFlow", "GlossaryTerm"), "TypeErrorException", []string{"GlossaryTerm"}},
		{"unknown relationship", "/instances/relationship/" + unknownGUID + "/type", m.retypeRequest("DataFlow", "LineageRelationship"),
			"RelationshipNotKnownException", []string{unknownGUID}},
	})
}

func TestMaintReHomeRelationshipCopy(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	copied := m.remoteAssignment(home, 2)
	requireSuccess(t, m.saveRelationshipCopy(copied))
	guid := guidOf(copied)

	response := m.post(rehomePath("relationship", guid, home, m.localID, m.localName), m.typeIDs("SemanticAssignment"))

	require.Equal(t, "RelationshipResponse", response["class"])
	rehomed := m.payload(response, "relationship")
	require.Equal(t, m.localID, rehomed["metadataCollectionId"])
	require.Equal(t, m.localName, rehomed["metadataCollectionName"])
	require.Equal(t, "LOCAL_COHORT", rehomed["instanceProvenanceType"])
	require.Equal(t, json.Number("3"), rehomed["version"])
	require.Equal(t, rehomed, m.relationship(guid))

	updated := m.payload(m.post("/instances/relationship/"+guid+"/properties", propertiesRequest(assignmentProperties("owned here", 9))), "relationship")
	require.Equal(t, json.Number("4"), updated["version"], "the relationship is now maintained here")

	local := m.addRelationship("SemanticAssignment", guidOf(m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))),
		guidOf(m.addTerm(uniqueName("term"))), nil)
	other := m.remoteAssignment(home, 1)
	requireSuccess(t, m.saveRelationshipCopy(other))
	unknownGUID := uuid.NewString()
	otherHome := newRemoteHome()
	m.requireRejections([]rejection{
		{"new home elsewhere", rehomePath("relationship", guidOf(other), home, otherHome, ""), m.typeIDs("SemanticAssignment"),
			"InvalidParameterException", []string{otherHome}},
		{"already homed here", rehomePath("relationship", guidOf(local), m.localID, m.localID, ""), m.typeIDs("SemanticAssignment"),
			"InvalidParameterException", []string{guidOf(local)}},
		{"unknown relationship", rehomePath("relationship", unknownGUID, home, m.localID, ""), m.typeIDs("SemanticAssignment"),
			"RelationshipNotKnownException", []string{unknownGUID}},
	})
}
