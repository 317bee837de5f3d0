//go:build integration

package integration

import (
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

func entityUndoPath(guid string) string {
	return "/instances/entity/" + guid + "/previous"
}

func relationshipUndoPath(guid string) string {
	return "/instances/relationship/" + guid + "/previous"
}

// entityCopyVersions saves versions 1 and 2 of a reference copy of a
// GlossaryTerm homed elsewhere and returns version 2.
func (m *maintEnv) entityCopyVersions() map[string]any {
	m.t.Helper()
	home, guid, name := newRemoteHome(), uuid.NewString(), uniqueName("copy")
	requireSuccess(m.t, m.saveEntityCopy(m.remoteEntity("GlossaryTerm", guid, home, 1, omrsStrings("qualifiedName", name, "displayName", "first"))))
	second := m.remoteEntity("GlossaryTerm", guid, home, 2, omrsStrings("qualifiedName", name, "displayName", "second"))
	requireSuccess(m.t, m.saveEntityCopy(second))
	return second
}

// relationshipCopyVersions saves versions 1 and 2 of a reference copy of a
// SemanticAssignment homed elsewhere and returns version 2.
func (m *maintEnv) relationshipCopyVersions() map[string]any {
	m.t.Helper()
	first := m.remoteAssignment(newRemoteHome(), 1)
	requireSuccess(m.t, m.saveRelationshipCopy(first))
	second := copyJSON(first)
	second["version"] = 2
	second["updateTime"] = remoteCreateTime + 2000
	second["properties"] = assignmentProperties("second", 2)
	requireSuccess(m.t, m.saveRelationshipCopy(second))
	return second
}

func TestHistUndoEntityRestoresPrevious(t *testing.T) {
	m := newMaintEnv(t)
	name := uniqueName("undo")
	created := m.addEntity("GlossaryTerm", omrsStrings("qualifiedName", name, "displayName", "first"))
	guid := guidOf(created)
	updated := m.payload(m.updateProperties(guid, omrsStrings("qualifiedName", name, "displayName", "second")), "entity")
	request := getRequest()

	response := m.postAs(otherUserID, entityUndoPath(guid), request)

	require.Equal(t, "EntityDetailResponse", response["class"])
	undone := m.payload(response, "entity")
	require.Equal(t, created["properties"], undone["properties"], "the properties of version 1")
	require.Equal(t, jsonInt(3), undone["version"], "undo stores a new version")
	require.Greater(t, updateTimeOf(t, undone), updateTimeOf(t, updated))
	require.Equal(t, "ACTIVE", undone["status"])
	require.Equal(t, otherUserID, undone["updatedBy"])
	require.Equal(t, request["requestId"], undone["lastRequestId"])
	require.Equal(t, created["createTime"], undone["createTime"])
	require.Equal(t, undone, m.entity(guid))
	require.Equal(t, []int64{3, 2, 1}, m.entityHistoryVersions(guid, historyRange(nil)), "undo keeps the undone version in the history")
}

func TestHistUndoEntityTwiceToggles(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.termVersions()
	guid := guidOf(versions[0])

	first := m.payload(m.post(entityUndoPath(guid), getRequest()), "entity")
	second := m.payload(m.post(entityUndoPath(guid), getRequest()), "entity")

	require.Equal(t, jsonInt(4), first["version"])
	require.Equal(t, versions[1]["properties"], first["properties"], "the first undo returns to version 2")
	require.Equal(t, jsonInt(5), second["version"])
	require.Equal(t, versions[2]["properties"], second["properties"], "the second undo returns to version 3")
	require.Greater(t, updateTimeOf(t, second), updateTimeOf(t, first))
	require.Equal(t, second, m.entity(guid))
}

func TestHistUndoEntityWithoutEarlierVersion(t *testing.T) {
	m := newMaintEnv(t)
	created := m.addTerm(uniqueName("fresh"))
	guid := guidOf(created)
	before := m.fingerprint()

	response := m.post(entityUndoPath(guid), getRequest())

	require.Equal(t, "EntityDetailResponse", response["class"])
	requireSuccess(t, response)
	require.Nil(t, response["entity"], "no earlier version to return")
	require.Equal(t, before, m.fingerprint(), "nothing stored changed")
	require.Equal(t, created, m.entity(guid))
}

func TestHistUndoEntityKeepsClassifications(t *testing.T) {
	m := newMaintEnv(t)
	name := uniqueName("classified")
	created := m.addEntity("GlossaryTerm", omrsStrings("qualifiedName", name, "displayName", "first"))
	guid := guidOf(created)
	requireSuccess(t, m.updateProperties(guid, omrsStrings("qualifiedName", name, "displayName", "second")))
	classified := m.payload(m.post(classificationPath(guid, "Confidentiality"), propertiesRequest(confidentialityLevel(2))), "entity")
	classification := classificationNamed(classified, "Confidentiality")
	require.NotNil(t, classification)

	undone := m.payload(m.post(entityUndoPath(guid), getRequest()), "entity")

	require.Equal(t, created["properties"], undone["properties"])
	require.Equal(t, classification, classificationNamed(undone, "Confidentiality"), "undo leaves the classification as it was")
	require.Equal(t, classification, classificationNamed(m.entity(guid), "Confidentiality"))
}

func TestHistUndoEntityRejectsBadTargets(t *testing.T) {
	m := newMaintEnv(t)
	deleted := m.termVersions()[2]
	m.deleteEntity(deleted)
	restored := m.addTerm(uniqueName("restored"))
	m.deleteEntity(restored)
	requireSuccess(t, m.post("/instances/entity/"+guidOf(restored)+"/restore", getRequest()))
	proxy := m.remoteProxy("GlossaryTerm", uuid.NewString(), newRemoteHome(), uniqueName("proxy"))
	m.addProxy(proxy)
	copied := m.entityCopyVersions()
	unknownGUID := uuid.NewString()

	m.requireRejections([]rejection{
		{"unknown entity", entityUndoPath(unknownGUID), getRequest(), "EntityNotKnownException", []string{unknownGUID}},
		{"soft-deleted entity", entityUndoPath(guidOf(deleted)), getRequest(), "EntityNotKnownException", []string{guidOf(deleted)}},
		{"earlier version deleted", entityUndoPath(guidOf(restored)), getRequest(), "EntityNotKnownException", []string{guidOf(restored)}},
		{"proxy", entityUndoPath(guidOf(proxy)), getRequest(), "InvalidParameterException", []string{guidOf(proxy)}},
		{"reference copy", entityUndoPath(guidOf(copied)), getRequest(), "InvalidParameterException", []string{guidOf(copied)}},
	})
}

func TestHistUndoRelationshipRestoresPrevious(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.assignmentVersions()
	guid := guidOf(versions[0])
	request := getRequest()

	response := m.post(relationshipUndoPath(guid), request)

	require.Equal(t, "RelationshipResponse", response["class"])
	undone := m.payload(response, "relationship")
	require.Equal(t, versions[1]["properties"], undone["properties"], "the properties of version 2")
	require.Equal(t, jsonInt(4), undone["version"])
	require.Greater(t, updateTimeOf(t, undone), updateTimeOf(t, versions[2]))
	require.Equal(t, request["requestId"], undone["lastRequestId"])
	require.Equal(t, versions[2]["entityOneProxy"], undone["entityOneProxy"])
	require.Equal(t, versions[2]["entityTwoProxy"], undone["entityTwoProxy"])
	require.Equal(t, undone, m.relationship(guid))

	again := m.payload(m.post(relationshipUndoPath(guid), getRequest()), "relationship")
	require.Equal(t, versions[2]["properties"], again["properties"], "a second undo returns to version 3")
	require.Equal(t, jsonInt(5), again["version"])
}

func TestHistUndoRelationshipWithoutEarlierVersion(t *testing.T) {
	m := newMaintEnv(t)
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))
	created := m.addRelationship("SemanticAssignment", guidOf(asset), guidOf(m.addTerm(uniqueName("term"))), assignmentProperties("only", 1))
	before := m.fingerprint()

	response := m.post(relationshipUndoPath(guidOf(created)), getRequest())

	require.Equal(t, "RelationshipResponse", response["class"])
	requireSuccess(t, response)
	require.Nil(t, response["relationship"], "no earlier version to return")
	require.Equal(t, before, m.fingerprint(), "nothing stored changed")
}

func TestHistUndoRelationshipRejectsBadTargets(t *testing.T) {
	m := newMaintEnv(t)
	deleted := m.assignmentVersions()[2]
	m.deleteRelationship(deleted)
	copied := m.relationshipCopyVersions()
	unknownGUID := uuid.NewString()

	m.requireRejections([]rejection{
		{"unknown relationship", relationshipUndoPath(unknownGUID), getRequest(), "RelationshipNotKnownException", []string{unknownGUID}},
		{"soft-deleted relationship", relationshipUndoPath(guidOf(deleted)), getRequest(), "RelationshipNotKnownException",
			[]string{guidOf(deleted)}},
		{"reference copy", relationshipUndoPath(guidOf(copied)), getRequest(), "InvalidParameterException", []string{guidOf(copied)}},
	})
}
