//go:build integration

package integration

import (
	"encoding/json"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

func TestMaintDeleteEntitySoftDeletes(t *testing.T) {
	m := newMaintEnv(t)
	entity := m.addTerm(uniqueName("delete"))
	guid := guidOf(entity)
	request := m.typeIDsOf(entity)

	response := m.post("/instances/entity/"+guid+"/delete", request)

	require.Equal(t, "EntityDetailResponse", response["class"])
	deleted := m.payload(response, "entity")
	require.Equal(t, "DELETED", deleted["status"])
	require.Equal(t, "ACTIVE", deleted["statusOnDelete"])
	require.Equal(t, json.Number("2"), deleted["version"])
	require.Greater(t, jsonInt64(t, deleted["updateTime"]), jsonInt64(t, entity["updateTime"]))
	require.Equal(t, request["requestId"], deleted["lastRequestId"])
	require.Equal(t, entity["properties"], deleted["properties"])

	requireOMRSException(t, m.post("/instances/entity/"+guid, getRequest()), "EntityNotKnownException", guid)
	requireOMRSException(t, m.post("/instances/entity/"+guid+"/summary", getRequest()), "EntityNotKnownException", guid)
	require.Equal(t, deleted, m.knownEntity(guid), "isEntityKnown returns the deleted entity")
}

func TestMaintDeletedEntityIsNotKnownToChanges(t *testing.T) {
	m := newMaintEnv(t)
	name := uniqueName("deleted")
	entity := m.addTerm(name)
	guid := guidOf(entity)
	m.deleteEntity(entity)

	m.requireRejections([]rejection{
		{"second delete", "/instances/entity/" + guid + "/delete", m.typeIDsOf(entity), "EntityNotKnownException", []string{guid}},
		{"update properties", "/instances/entity/" + guid + "/properties", propertiesRequest(omrsStrings("qualifiedName", name)),
			"EntityNotKnownException", []string{guid}},
		{"classify", "/instances/entity/" + guid + "/classification/Confidentiality", propertiesRequest(nil),
			"EntityNotKnownException", []string{guid}},
		{"relationships of the entity", "/instances/entity/" + guid + "/relationships",
			map[string]any{"class": "TypeLimitedFindRequest"}, "EntityNotKnownException", []string{guid}},
		{"legacy status update", "/instances/entity/" + guid + "/status", []byte(`"ACTIVE"`), "EntityNotKnownException", []string{guid}},
	})
}

func TestMaintDeleteEntityChecksTypeIDs(t *testing.T) {
	m := newMaintEnv(t)
	entity := m.addTerm(uniqueName("typeids"))
	path := "/instances/entity/" + guidOf(entity) + "/delete"
	typeIDs := func(guid, name string) map[string]any {
		return map[string]any{"class": "TypeDefValidationForRequest", "typeDefGUID": guid, "typeDefName": name}
	}
	unknownGUID := uuid.NewString()

	m.requireRejections([]rejection{
		{"unknown entity", "/instances/entity/" + unknownGUID + "/delete", m.typeIDs("GlossaryTerm"),
			"EntityNotKnownException", []string{unknownGUID}},
		{"unknown type name", path, typeIDs(m.typeGUID("GlossaryTerm"), "NoSuchType"), "InvalidParameterException", []string{"NoSuchType"}},
		{"GUID of another type", path, typeIDs(m.typeGUID("Asset"), "GlossaryTerm"), "InvalidParameterException", []string{"GlossaryTerm"}},
		{"unrelated type", path, m.typeIDs("Asset"), "InvalidParameterException", []string{"Asset"}},
		{"relationship type", path, m.typeIDs("SemanticAssignment"), "InvalidParameterException", []string{"SemanticAssignment"}},
		{"missing type GUID", path, typeIDs("", "GlossaryTerm"), "InvalidParameterException", nil},
		{"missing type name", path, typeIDs(m.typeGUID("GlossaryTerm"), ""), "InvalidParameterException", nil},
	})

	t.Run("supertype", func(t *testing.T) {
		bound := m.with(t)
		deleted := bound.payload(bound.post(path, bound.typeIDs("Referenceable")), "entity")
		require.Equal(t, "DELETED", deleted["status"])
	})
}

func TestMaintRestoreEntity(t *testing.T) {
	m := newMaintEnv(t)
	entity := m.addTerm(uniqueName("restore"))
	guid := guidOf(entity)
	deleted := m.deleteEntity(entity)
	request := getRequest()

	response := m.post("/instances/entity/"+guid+"/restore", request)

	require.Equal(t, "EntityDetailResponse", response["class"])
	restored := m.payload(response, "entity")
	require.Equal(t, "ACTIVE", restored["status"], "the status before the delete")
	require.Nil(t, restored["statusOnDelete"])
	require.Equal(t, json.Number("3"), restored["version"])
	require.Greater(t, jsonInt64(t, restored["updateTime"]), jsonInt64(t, deleted["updateTime"]))
	require.Equal(t, request["requestId"], restored["lastRequestId"])
	require.Equal(t, entity["properties"], restored["properties"])
	require.Equal(t, restored, m.entity(guid))
}

func TestMaintRestoreEntityRejectsBadInput(t *testing.T) {
	m := newMaintEnv(t)
	live := m.addTerm(uniqueName("live"))
	unknownGUID := uuid.NewString()

	m.requireRejections([]rejection{
		{"live entity", "/instances/entity/" + guidOf(live) + "/restore", getRequest(), "EntityNotDeletedException", []string{guidOf(live)}},
		{"unknown entity", "/instances/entity/" + unknownGUID + "/restore", getRequest(), "EntityNotKnownException", []string{unknownGUID}},
	})
}

func TestMaintPurgeEntity(t *testing.T) {
	m := newMaintEnv(t)
	entity := m.addTerm(uniqueName("purge"))
	other := m.addTerm(uniqueName("other end"))
	guid := guidOf(entity)
	relationship := m.addRelationship("SemanticAssignment", guid, guidOf(other), nil)
	m.deleteEntity(entity)

	response := m.post("/instances/entity/"+guid+"/purge", m.typeIDsOf(entity))

	require.Equal(t, "VoidResponse", response["class"])
	requireSuccess(t, response)
	require.Nil(t, m.knownEntity(guid), "isEntityKnown returns nothing")
	requireOMRSException(t, m.post("/instances/entity/"+guid, getRequest()), "EntityNotKnownException", guid)
	requireOMRSException(t, m.post("/instances/entity/"+guid+"/summary", getRequest()), "EntityNotKnownException", guid)
	require.Nil(t, m.knownRelationship(guidOf(relationship)), "the attached relationship is purged too")
	require.Empty(t, m.relationshipsOf(guidOf(other), "ACTIVE", "DELETED"))
	require.Zero(t, m.count("MATCH (n {guid: $guid}) RETURN count(n) AS count", map[string]any{"guid": guid}))
	require.Equal(t, other, m.entity(guidOf(other)), "the other end is untouched")
}

func TestMaintPurgeEntityRejectsBadInput(t *testing.T) {
	m := newMaintEnv(t)
	live := m.addTerm(uniqueName("live"))
	deleted := m.addTerm(uniqueName("deleted"))
	m.deleteEntity(deleted)
	unknownGUID := uuid.NewString()

	m.requireRejections([]rejection{
		{"live entity", "/instances/entity/" + guidOf(live) + "/purge", m.typeIDsOf(live), "EntityNotDeletedException", []string{guidOf(live)}},
		{"unknown entity", "/instances/entity/" + unknownGUID + "/purge", m.typeIDs("GlossaryTerm"), "EntityNotKnownException", []string{unknownGUID}},
		{"unrelated type", "/instances/entity/" + guidOf(deleted) + "/purge", m.typeIDs("Asset"), "InvalidParameterException", []string{"Asset"}},
		{"missing type name", "/instances/entity/" + guidOf(deleted) + "/purge",
			map[string]any{"class": "TypeDefValidationForRequest", "typeDefGUID": m.typeGUID("GlossaryTerm")}, "InvalidParameterException", nil},
	})
}

// Egeria peers built before December 2025 change an instance's status
// with a bare JSON string as the request body.
func TestMaintUpdateEntityStatusLegacy(t *testing.T) {
	m := newMaintEnv(t)
	entity := m.addTerm(uniqueName("status"))
	path := "/instances/entity/" + guidOf(entity) + "/status"

	response := m.post(path, []byte(`"ACTIVE"`))

	require.Equal(t, "EntityDetailResponse", response["class"])
	updated := m.payload(response, "entity")
	require.Equal(t, "ACTIVE", updated["status"])
	require.Equal(t, json.Number("2"), updated["version"])
	require.Greater(t, jsonInt64(t, updated["updateTime"]), jsonInt64(t, entity["updateTime"]))
	require.Equal(t, entity["properties"], updated["properties"])
	require.Equal(t, updated, m.entity(guidOf(entity)))

	m.requireRejections([]rejection{
		{"DELETED", path, []byte(`"DELETED"`), "StatusNotSupportedException", []string{"DELETED"}},
		{"status not in the type's list", path, []byte(`"OTHER"`), "StatusNotSupportedException", []string{"OTHER"}},
		{"legacy status not in the type's list", path, []byte(`"DRAFT"`), "StatusNotSupportedException", []string{"DRAFT"}},
		{"unknown entity", "/instances/entity/" + uuid.NewString() + "/status", []byte(`"ACTIVE"`), "EntityNotKnownException", nil},
	})
}
