//go:build integration

package integration

import (
	"encoding/json"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// remoteAssignment returns a SemanticAssignment homed in home between two
// proxies of entities homed there too.
func (m *maintEnv) remoteAssignment(home string, version int64) map[string]any {
	asset := m.remoteProxy("Asset", uuid.NewString(), home, uniqueName("copied asset"))
	term := m.remoteProxy("GlossaryTerm", uuid.NewString(), home, uniqueName("copied term"))
	return m.remoteRelationship("SemanticAssignment", uuid.NewString(), home, version, asset, term,
		assignmentProperties("copied", version))
}

func TestMaintSaveRelationshipCopyStoresVerbatim(t *testing.T) {
	m := newMaintEnv(t)
	relationship := m.remoteAssignment(newRemoteHome(), 2)
	relationship["mappingProperties"] = mappingProperties()
	relationship["maintainedBy"] = []string{remoteUser, "someoneelse"}

	response := m.saveRelationshipCopy(relationship)

	require.Equal(t, "VoidResponse", response["class"])
	requireSuccess(t, response)
	served := m.relationship(guidOf(relationship))
	require.Equal(t, m.expectServed(relationship), served)
	require.Equal(t, json.Number("12"), served["mappingProperties"].(map[string]any)["integerMappingPropertyKey"])
	require.Equal(t, served, m.knownRelationship(guidOf(relationship)))

	end := relationship["entityTwoProxy"].(map[string]any)
	summary := m.payload(m.post("/instances/entity/"+guidOf(end)+"/summary", getRequest()), "entity")
	require.Equal(t, m.expectServed(end), summary, "the end proxies are stored")
	require.Equal(t, []string{guidOf(relationship)}, m.relationshipsOf(guidOf(end)))
}

func TestMaintRelationshipCopyVersionRule(t *testing.T) {
	m := newMaintEnv(t)
	first := m.remoteAssignment(newRemoteHome(), 3)
	requireSuccess(t, m.saveRelationshipCopy(first))
	version := func(number int64, description string) map[string]any {
		relationship := copyJSON(first)
		relationship["version"] = number
		relationship["updateTime"] = remoteCreateTime + 1000*number
		relationship["properties"] = assignmentProperties(description, number)
		return relationship
	}

	newer := version(5, "v5")
	requireSuccess(t, m.saveRelationshipCopy(newer))
	require.Equal(t, m.expectServed(newer), m.relationship(guidOf(first)), "a newer version replaces the copy")

	tests := []struct {
		name         string
		relationship map[string]any
	}{
		{name: "same version", relationship: version(5, "another v5")},
		{name: "older version", relationship: version(4, "v4")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bound := m.with(t)
			before := bound.fingerprint()

			response := bound.saveRelationshipCopy(tt.relationship)

			requireSuccess(t, response)
			require.Equal(t, before, bound.fingerprint(), "the stored copy is kept")
			require.Equal(t, bound.expectServed(newer), bound.relationship(guidOf(first)))
		})
	}
}

func TestMaintRelationshipCopyRejectsBadInput(t *testing.T) {
	m := newMaintEnv(t)
	stored := m.remoteAssignment(newRemoteHome(), 2)
	requireSuccess(t, m.saveRelationshipCopy(stored))
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))
	term := m.addTerm(uniqueName("term"))
	master := m.addRelationship("SemanticAssignment", guidOf(asset), guidOf(term), nil)
	const path = "/instances/relationships/reference-copy"
	request := func(relationship map[string]any) map[string]any {
		return map[string]any{"class": "RelationshipRequest", "relationship": relationship}
	}
	changed := func(field string, value any) map[string]any {
		relationship := copyJSON(stored)
		relationship["version"] = 3
		relationship[field] = value
		return relationship
	}
	renewed := func() map[string]any {
		relationship := copyJSON(stored)
		relationship["guid"] = uuid.NewString()
		return relationship
	}
	masterCopy := copyJSON(master)
	masterCopy["version"] = 4
	unknownType := renewed()
	unknownType["type"].(map[string]any)["typeDefGUID"] = "no-such-type-guid"
	unknownType["type"].(map[string]any)["typeDefName"] = "NoSuchType"
	entityType := renewed()
	entityType["type"] = m.instanceType("GlossaryTerm")
	noHome := renewed()
	delete(noHome, "metadataCollectionId")
	badProperties := renewed()
	badProperties["properties"] = omrsStrings("colour", "red")

	m.requireRejections([]rejection{
		{"other createTime", path, request(changed("createTime", remoteCreateTime+1)), "RelationshipConflictException", []string{guidOf(stored)}},
		{"copy of a local relationship", path, request(masterCopy), "HomeRelationshipException", []string{guidOf(master)}},
		{"unknown type", path, request(unknownType), "TypeErrorException", []string{"NoSuchType"}},
		{"entity type", path, request(entityType), "InvalidParameterException", []string{"GlossaryTerm"}},
		{"no home", path, request(noHome), "InvalidParameterException", nil},
		{"unknown property", path, request(badProperties), "PropertyErrorException", []string{"colour"}},
		{"no relationship", path, map[string]any{"class": "RelationshipRequest"}, "InvalidParameterException", nil},
	})
}

func TestMaintRelationshipCopyIsReadOnly(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	live := m.remoteAssignment(home, 2)
	deleted := m.remoteAssignment(home, 3)
	deleted["status"] = "DELETED"
	deleted["statusOnDelete"] = "ACTIVE"
	requireSuccess(t, m.saveRelationshipCopy(live))
	requireSuccess(t, m.saveRelationshipCopy(deleted))
	guid := guidOf(live)
	base := "/instances/relationship/" + guid
	retype := map[string]any{"class": "TypeDefChangeRequest",
		"currentTypeDef": m.typeSummary("SemanticAssignment"), "newTypeDef": m.typeSummary("SemanticDefinition")}

	m.requireRejections([]rejection{
		{"update properties", base + "/properties", propertiesRequest(omrsStrings("description", "changed")),
			"InvalidParameterException", []string{guid}},
		{"delete", base + "/delete", m.typeIDs("SemanticAssignment"), "InvalidParameterException", []string{guid}},
		{"purge", base + "/purge", m.typeIDs("SemanticAssignment"), "InvalidParameterException", []string{guid}},
		{"re-type", base + "/type", retype, "InvalidParameterException", []string{guid}},
		{"re-identify", base + "/identity?newRelationshipGUID=" + uuid.NewString(), m.typeIDs("SemanticAssignment"),
			"InvalidParameterException", []string{guid}},
		{"legacy status update", base + "/status", []byte(`"ACTIVE"`), "InvalidParameterException", []string{guid}},
		{"restore", "/instances/relationship/" + guidOf(deleted) + "/restore", getRequest(), "InvalidParameterException", []string{guidOf(deleted)}},
	})
}

func TestMaintPurgeRelationshipCopy(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	byID := m.remoteAssignment(home, 1)
	byObject := m.remoteAssignment(home, 1)
	requireSuccess(t, m.saveRelationshipCopy(byID))
	requireSuccess(t, m.saveRelationshipCopy(byObject))
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))
	term := m.addTerm(uniqueName("term"))
	local := m.addRelationship("SemanticAssignment", guidOf(asset), guidOf(term), nil)
	unknownGUID := uuid.NewString()
	const byObjectPath = "/instances/relationships/reference-copy/purge"

	m.requireRejections([]rejection{
		{"local relationship", purgeByIDPath("relationships", guidOf(local), m.localID), m.typeIDs("SemanticAssignment"),
			"HomeRelationshipException", []string{guidOf(local)}},
		{"unknown relationship", purgeByIDPath("relationships", unknownGUID, home), m.typeIDs("SemanticAssignment"),
			"RelationshipNotKnownException", []string{unknownGUID}},
		{"no home", purgeByIDPath("relationships", guidOf(byID), ""), m.typeIDs("SemanticAssignment"), "InvalidParameterException", nil},
	})

	t.Run("unknown relationship by object is ignored", func(t *testing.T) {
		bound := m.with(t)
		before := bound.fingerprint()

		response := bound.post(byObjectPath, map[string]any{"class": "RelationshipRequest", "relationship": bound.remoteAssignment(home, 1)})

		requireSuccess(t, response)
		require.Equal(t, "VoidResponse", response["class"])
		require.Equal(t, before, bound.fingerprint())
	})

	purged := m.post(purgeByIDPath("relationships", guidOf(byID), home), m.typeIDs("SemanticAssignment"))
	require.Equal(t, "VoidResponse", purged["class"])
	requireSuccess(t, purged)
	require.Nil(t, m.knownRelationship(guidOf(byID)))
	requireOMRSException(t, m.post("/instances/relationship/"+guidOf(byID), getRequest()), "RelationshipNotKnownException")

	requireSuccess(t, m.post(byObjectPath, map[string]any{"class": "RelationshipRequest", "relationship": byObject}))
	require.Nil(t, m.knownRelationship(guidOf(byObject)))

	end := byObject["entityOneProxy"].(map[string]any)
	summary := m.payload(m.post("/instances/entity/"+guidOf(end)+"/summary", getRequest()), "entity")
	require.Equal(t, guidOf(end), summary["guid"], "the end proxies stay")
	require.Empty(t, m.relationshipsOf(guidOf(end), "ACTIVE", "DELETED"))
	require.Equal(t, local, m.relationship(guidOf(local)), "the local relationship is untouched")
}
