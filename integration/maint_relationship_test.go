//go:build integration

package integration

import (
	"encoding/json"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// assignmentProperties returns properties of a SemanticAssignment.
func assignmentProperties(description string, confidence int64) map[string]any {
	return omrsProperties(map[string]any{"description": omrsString(description), "confidence": omrsInt(confidence)})
}

func TestMaintAddRelationshipStampsHeader(t *testing.T) {
	m := newMaintEnv(t)
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset"), "displayName", "An asset"),
		newClassification("Confidentiality", confidentialityLevel(2)))
	term := m.addTerm(uniqueName("term"))
	properties := assignmentProperties("The asset means the term", 80)
	request := m.relationshipRequest("SemanticAssignment", guidOf(asset), guidOf(term), properties)

	before := nowMillis()
	response := m.post("/instances/relationship", request)

	require.Equal(t, "RelationshipResponse", response["class"])
	relationship := m.payload(response, "relationship")
	require.GreaterOrEqual(t, jsonInt64(t, relationship["createTime"]), before)
	require.NotEmpty(t, relationship["guid"])
	require.NotEqual(t, guidOf(asset), relationship["guid"])
	expected := map[string]any{
		"class": "Relationship", "headerVersion": 1, "type": m.instanceType("SemanticAssignment"),
		"instanceProvenanceType": "LOCAL_COHORT", "metadataCollectionId": m.localID, "metadataCollectionName": m.localName,
		"createdBy": userID, "updatedBy": userID, "maintainedBy": []string{userID},
		"createTime": relationship["createTime"], "updateTime": relationship["createTime"],
		"version": 1, "status": "ACTIVE", "lastRequestId": request["requestId"], "guid": relationship["guid"],
		"properties":     properties,
		"entityOneProxy": expectedEndProxy(asset), "entityTwoProxy": expectedEndProxy(term),
	}
	require.Equal(t, expectedEndProxy(asset), relationship["entityOneProxy"], "end 1 describes the asset with its classification")
	require.Equal(t, expectedEndProxy(term), relationship["entityTwoProxy"])
	require.Equal(t, copyJSON(expected), relationship)

	require.Equal(t, relationship, m.relationship(guidOf(relationship)))
	require.Equal(t, relationship, m.knownRelationship(guidOf(relationship)))
	require.Equal(t, []string{guidOf(relationship)}, m.relationshipsOf(guidOf(term)))
	require.Equal(t, asset, m.entity(guidOf(asset)), "adding a relationship leaves its ends unchanged")
}

func TestMaintAddRelationshipRejectsBadInput(t *testing.T) {
	m := newMaintEnv(t)
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))
	otherAsset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("other asset")))
	term := m.addTerm(uniqueName("term"))
	deleted := m.addTerm(uniqueName("deleted"))
	m.deleteEntity(deleted)
	unknownGUID := uuid.NewString()
	const path = "/instances/relationship"
	request := func(end1, end2 string, properties any) map[string]any {
		return m.relationshipRequest("SemanticAssignment", end1, end2, properties)
	}
	withType := func(guid string) map[string]any {
		body := request(guidOf(asset), guidOf(term), nil)
		body["relationshipTypeGUID"] = guid
		return body
	}
	noEnd := request(guidOf(asset), guidOf(term), nil)
	delete(noEnd, "entityTwoGUID")
	deletedStatus := request(guidOf(asset), guidOf(term), nil)
	deletedStatus["initialStatus"] = "DELETED"

	m.requireRejections([]rejection{
		{"ends swapped", path, request(guidOf(term), guidOf(asset), nil), "InvalidParameterException", []string{guidOf(asset), "Asset"}},
		{"end 2 of the wrong type", path, request(guidOf(asset), guidOf(otherAsset), nil), "InvalidParameterException", []string{guidOf(otherAsset), "Asset"}},
		{"unknown end", path, request(guidOf(asset), unknownGUID, nil), "EntityNotKnownException", []string{unknownGUID}},
		{"deleted end", path, request(guidOf(asset), guidOf(deleted), nil), "EntityNotKnownException", []string{guidOf(deleted)}},
		{"missing end", path, noEnd, "InvalidParameterException", nil},
		{"entity type", path, withType(m.typeGUID("GlossaryTerm")), "TypeErrorException", []string{"GlossaryTerm"}},
		{"unknown type", path, withType("no-such-type-guid"), "TypeErrorException", []string{"no-such-type-guid"}},
		{"unknown property", path, request(guidOf(asset), guidOf(term), omrsStrings("colour", "red")),
			"PropertyErrorException", []string{"colour"}},
		{"string for an int property", path, request(guidOf(asset), guidOf(term), omrsStrings("confidence", "high")),
			"PropertyErrorException", []string{"confidence"}},
		{"status DELETED", path, deletedStatus, "StatusNotSupportedException", []string{"DELETED"}},
	})
}

func TestMaintAddExternalRelationship(t *testing.T) {
	m := newMaintEnv(t)
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))
	term := m.addTerm(uniqueName("term"))
	source := "external-" + uuid.NewString()
	request := m.relationshipRequest("SemanticAssignment", guidOf(asset), guidOf(term), nil)
	request["metadataCollectionId"] = source
	request["metadataCollectionName"] = "Test catalogue"

	relationship := m.payload(m.post("/instances/relationship/external", request), "relationship")

	require.Equal(t, "EXTERNAL_SOURCE", relationship["instanceProvenanceType"])
	require.Equal(t, source, relationship["metadataCollectionId"])
	require.Equal(t, "Test catalogue", relationship["metadataCollectionName"])
	require.Equal(t, m.localID, relationship["replicatedBy"])
	require.Equal(t, relationship, m.relationship(guidOf(relationship)))

	noSource := m.relationshipRequest("SemanticAssignment", guidOf(asset), guidOf(term), nil)
	m.requireUnchangedAfter("/instances/relationship/external", noSource, "InvalidParameterException")
}

// End proxies are built from the end entities as they are stored now.
func TestMaintEndProxiesFollowTheEntity(t *testing.T) {
	m := newMaintEnv(t)
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))
	term := m.addTerm(uniqueName("term"))
	relationship := m.addRelationship("SemanticAssignment", guidOf(asset), guidOf(term), nil)

	m.payload(m.updateProperties(guidOf(term), omrsStrings("qualifiedName", uniqueName("renamed"))), "entity")
	changed := m.payload(m.post(classificationPath(guidOf(term), "Confidentiality"), propertiesRequest(confidentialityLevel(2))), "entity")

	served := m.relationship(guidOf(relationship))
	require.Equal(t, expectedEndProxy(changed), served["entityTwoProxy"])
	require.Equal(t, json.Number("2"), served["entityTwoProxy"].(map[string]any)["version"])
	require.Equal(t, relationship["version"], served["version"], "the relationship itself is unchanged")
}

// Deleting a local entity purges the reference copies of relationships
// attached to it. Only their home may soft-delete them, so the copies are
// removed here instead.
func TestMaintDeleteEntityPurgesRelationshipCopies(t *testing.T) {
	m := newMaintEnv(t)
	term := m.addTerm(uniqueName("term"))
	home := newRemoteHome()
	asset := m.remoteProxy("Asset", uuid.NewString(), home, uniqueName("remote asset"))
	copied := m.remoteRelationship("SemanticAssignment", uuid.NewString(), home, 1, asset, expectedEndProxy(term), nil)
	requireSuccess(t, m.saveRelationshipCopy(copied))
	require.Equal(t, term, m.entity(guidOf(term)), "the end proxy does not replace the entity")

	deleted := m.deleteEntity(term)

	require.Equal(t, "DELETED", deleted["status"])
	require.Nil(t, m.knownRelationship(guidOf(copied)), "the relationship copy is purged")
}

func TestMaintUpdateRelationshipProperties(t *testing.T) {
	m := newMaintEnv(t)
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))
	term := m.addTerm(uniqueName("term"))
	relationship := m.addRelationship("SemanticAssignment", guidOf(asset), guidOf(term), assignmentProperties("first", 10))
	replacement := omrsStrings("steward", "erin")
	request := propertiesRequest(replacement)

	response := m.post("/instances/relationship/"+guidOf(relationship)+"/properties", request)

	require.Equal(t, "RelationshipResponse", response["class"])
	updated := m.payload(response, "relationship")
	require.Equal(t, copyJSON(replacement), updated["properties"], "the new set replaces the old one")
	require.Equal(t, json.Number("2"), updated["version"])
	require.Greater(t, jsonInt64(t, updated["updateTime"]), jsonInt64(t, relationship["updateTime"]))
	require.Equal(t, request["requestId"], updated["lastRequestId"])
	require.Equal(t, updated, m.relationship(guidOf(relationship)))

	unknownGUID := uuid.NewString()
	m.requireRejections([]rejection{
		{"unknown relationship", "/instances/relationship/" + unknownGUID + "/properties", propertiesRequest(replacement),
			"RelationshipNotKnownException", []string{unknownGUID}},
		{"unknown property", "/instances/relationship/" + guidOf(relationship) + "/properties",
			propertiesRequest(omrsStrings("colour", "red")), "PropertyErrorException", []string{"colour"}},
	})
}

func TestMaintDeleteRestorePurgeRelationship(t *testing.T) {
	m := newMaintEnv(t)
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))
	term := m.addTerm(uniqueName("term"))
	relationship := m.addRelationship("SemanticAssignment", guidOf(asset), guidOf(term), nil)
	guid := guidOf(relationship)
	base := "/instances/relationship/" + guid

	m.requireRejections([]rejection{
		{"restore a live relationship", base + "/restore", getRequest(), "RelationshipNotDeletedException", []string{guid}},
		{"purge a live relationship", base + "/purge", m.typeIDs("SemanticAssignment"), "RelationshipNotDeletedException", []string{guid}},
		{"delete with an unrelated type", base + "/delete", m.typeIDs("AttachedTag"), "InvalidParameterException", []string{"AttachedTag"}},
	})

	deleted := m.payload(m.post(base+"/delete", m.typeIDs("SemanticAssignment")), "relationship")
	require.Equal(t, "DELETED", deleted["status"])
	require.Equal(t, "ACTIVE", deleted["statusOnDelete"])
	require.Equal(t, json.Number("2"), deleted["version"])
	requireOMRSException(t, m.post(base, getRequest()), "RelationshipNotKnownException", guid)
	require.Equal(t, deleted, m.knownRelationship(guid), "isRelationshipKnown returns the deleted relationship")
	require.Empty(t, m.relationshipsOf(guidOf(term)))
	m.requireUnchangedAfter(base+"/delete", m.typeIDs("SemanticAssignment"), "RelationshipNotKnownException", guid)

	restored := m.payload(m.post(base+"/restore", getRequest()), "relationship")
	require.Equal(t, "ACTIVE", restored["status"])
	require.Nil(t, restored["statusOnDelete"])
	require.Equal(t, json.Number("3"), restored["version"])
	require.Equal(t, restored, m.relationship(guid))

	m.payload(m.post(base+"/delete", m.typeIDs("SemanticAssignment")), "relationship")
	purged := m.post(base+"/purge", m.typeIDs("SemanticAssignment"))
	require.Equal(t, "VoidResponse", purged["class"])
	requireSuccess(t, purged)
	require.Nil(t, m.knownRelationship(guid))
	requireOMRSException(t, m.post(base, getRequest()), "RelationshipNotKnownException", guid)
	m.requireUnchangedAfter(base+"/purge", m.typeIDs("SemanticAssignment"), "RelationshipNotKnownException", guid)
	m.requireUnchangedAfter(base+"/restore", getRequest(), "RelationshipNotKnownException", guid)
	require.Equal(t, asset, m.entity(guidOf(asset)), "the ends stay")
}

func TestMaintDeleteEntityDeletesItsRelationships(t *testing.T) {
	m := newMaintEnv(t)
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))
	first := m.addTerm(uniqueName("first"))
	second := m.addTerm(uniqueName("second"))
	toFirst := m.addRelationship("SemanticAssignment", guidOf(asset), guidOf(first), nil)
	toSecond := m.addRelationship("SemanticAssignment", guidOf(asset), guidOf(second), nil)

	m.deleteEntity(asset)

	for _, relationship := range []map[string]any{toFirst, toSecond} {
		stored, ok := m.knownRelationship(guidOf(relationship)).(map[string]any)
		require.True(t, ok, "relationship %s is still known", guidOf(relationship))
		require.Equal(t, "DELETED", stored["status"])
		require.Equal(t, "ACTIVE", stored["statusOnDelete"])
		require.Equal(t, json.Number("2"), stored["version"], "each relationship gets its own new version")
		requireOMRSException(t, m.post("/instances/relationship/"+guidOf(relationship), getRequest()), "RelationshipNotKnownException")
	}
	require.Empty(t, m.relationshipsOf(guidOf(first)), "deleted relationships are not listed by default")
	require.Equal(t, []string{guidOf(toFirst)}, m.relationshipsOf(guidOf(first), "DELETED"))
	require.Equal(t, first, m.entity(guidOf(first)), "the other end stays")

	restored := m.payload(m.post("/instances/entity/"+guidOf(asset)+"/restore", getRequest()), "entity")
	require.Equal(t, "ACTIVE", restored["status"])
	require.Empty(t, m.relationshipsOf(guidOf(asset)), "relationships stay deleted when the entity is restored")
}

func TestMaintRestoreRelationshipNeedsLiveEnds(t *testing.T) {
	m := newMaintEnv(t)
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))
	term := m.addTerm(uniqueName("term"))
	relationship := m.addRelationship("SemanticAssignment", guidOf(asset), guidOf(term), nil)
	m.deleteEntity(term)

	m.requireUnchangedAfter("/instances/relationship/"+guidOf(relationship)+"/restore", getRequest(),
		"EntityNotKnownException", guidOf(term))
}

func TestMaintRelationshipBetweenProxies(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	asset := m.remoteProxy("Asset", uuid.NewString(), home, uniqueName("asset"))
	term := m.remoteProxy("GlossaryTerm", uuid.NewString(), home, uniqueName("term"))
	m.addProxy(asset)
	m.addProxy(term)

	relationship := m.addRelationship("SemanticAssignment", guidOf(asset), guidOf(term), nil)

	require.Equal(t, m.localID, relationship["metadataCollectionId"], "the relationship is homed here")
	require.Equal(t, m.expectServed(asset), relationship["entityOneProxy"])
	require.Equal(t, m.expectServed(term), relationship["entityTwoProxy"])
	require.Equal(t, relationship, m.relationship(guidOf(relationship)))
	require.Equal(t, []string{guidOf(relationship)}, m.relationshipsOf(guidOf(term)))
}
