//go:build integration

package integration

import (
	"encoding/json"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// mappingProperties returns the adapter extras a peer's copy may carry.
// The integer must come back as an integer.
func mappingProperties() map[string]any {
	return map[string]any{"stringMappingPropertyKey": "x", "integerMappingPropertyKey": 12}
}

func TestMaintSaveEntityCopyStoresVerbatim(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	fromHome := func(provenance string) map[string]any {
		properties := omrsStrings("qualifiedName", uniqueName("copy"), "displayName", "Copied asset")
		properties["effectiveFromTime"] = remoteCreateTime
		entity := m.remoteEntity("Asset", uuid.NewString(), home, 3, properties)
		entity["instanceProvenanceType"] = provenance
		entity["mappingProperties"] = mappingProperties()
		entity["instanceLicense"] = "CC-BY-4.0"
		entity["maintainedBy"] = []string{remoteUser, "someoneelse"}
		entity["classifications"] = []any{m.remoteClassification("Confidentiality", home, confidentialityLevel(2))}
		return entity
	}
	exported := fromHome("EXPORT_ARCHIVE")
	exported["replicatedBy"] = "exporting-repository"
	external := fromHome("EXTERNAL_SOURCE")
	external["replicatedBy"] = "other-repository"
	reIdentified := fromHome("LOCAL_COHORT")
	reIdentified["reIdentifiedFromGUID"] = uuid.NewString()

	tests := []struct {
		name   string
		entity map[string]any
	}{
		{name: "cohort member not active here", entity: fromHome("LOCAL_COHORT")},
		{name: "export archive", entity: exported},
		{name: "external source replicated elsewhere", entity: external},
		{name: "re-identified at its home", entity: reIdentified},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bound := m.with(t)

			response := bound.saveEntityCopy(tt.entity)

			require.Equal(t, "VoidResponse", response["class"])
			requireSuccess(t, response)
			served := bound.entity(guidOf(tt.entity))
			require.Equal(t, bound.expectServed(tt.entity), served)
			require.Equal(t, json.Number("12"), served["mappingProperties"].(map[string]any)["integerMappingPropertyKey"])
			require.Equal(t, served, bound.knownEntity(guidOf(tt.entity)))
		})
	}
}

func TestMaintEntityCopyServedDeregistered(t *testing.T) {
	m := newMaintEnv(t)
	copied := m.remoteEntity("Asset", uuid.NewString(), newRemoteHome(), 1, omrsStrings("qualifiedName", uniqueName("copy")))
	requireSuccess(t, m.saveEntityCopy(copied))

	served := m.entity(guidOf(copied))

	require.Equal(t, "DEREGISTERED_REPOSITORY", served["instanceProvenanceType"], "its home is not an active cohort member")
	require.Equal(t, copied["metadataCollectionId"], served["metadataCollectionId"])
}

func TestMaintEntityCopyVersionRule(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	guid := uuid.NewString()
	name := uniqueName("versions")
	version := func(number int64, displayName string) map[string]any {
		return m.remoteEntity("Asset", guid, home, number, omrsStrings("qualifiedName", name, "displayName", displayName))
	}
	requireSuccess(t, m.saveEntityCopy(version(3, "v3")))

	newer := version(5, "v5")
	requireSuccess(t, m.saveEntityCopy(newer))
	require.Equal(t, m.expectServed(newer), m.entity(guid), "a newer version replaces the copy")

	tests := []struct {
		name   string
		entity map[string]any
	}{
		{name: "same version", entity: version(5, "another v5")},
		{name: "older version", entity: version(4, "v4")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bound := m.with(t)
			before := bound.fingerprint()

			response := bound.saveEntityCopy(tt.entity)

			requireSuccess(t, response)
			require.Equal(t, before, bound.fingerprint(), "the stored copy is kept")
			require.Equal(t, bound.expectServed(newer), bound.entity(guid))
		})
	}
}

func TestMaintEntityCopyRejectsBadInput(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	stored := m.remoteEntity("Asset", uuid.NewString(), home, 2, omrsStrings("qualifiedName", uniqueName("stored")))
	requireSuccess(t, m.saveEntityCopy(stored))
	master := m.addTerm(uniqueName("master"))
	const path = "/instances/entities/reference-copy"
	request := func(entity map[string]any) map[string]any {
		return map[string]any{"class": "EntityDetailRequest", "entity": entity}
	}
	changed := func(field string, value any) map[string]any {
		entity := copyJSON(stored)
		entity["version"] = 3
		entity[field] = value
		return entity
	}
	masterCopy := copyJSON(master)
	masterCopy["version"] = 5
	unknownType := copyJSON(stored)
	unknownType["guid"] = uuid.NewString()
	unknownType["type"].(map[string]any)["typeDefGUID"] = "no-such-type-guid"
	unknownType["type"].(map[string]any)["typeDefName"] = "NoSuchType"
	relationshipType := copyJSON(stored)
	relationshipType["guid"] = uuid.NewString()
	relationshipType["type"] = m.instanceType("SemanticAssignment")
	noHome := copyJSON(stored)
	noHome["guid"] = uuid.NewString()
	delete(noHome, "metadataCollectionId")
	badProperties := copyJSON(stored)
	badProperties["guid"] = uuid.NewString()
	badProperties["properties"] = omrsStrings("qualifiedName", "bad", "colour", "red")

	m.requireRejections([]rejection{
		{"other createTime", path, request(changed("createTime", remoteCreateTime+1)), "EntityConflictException", []string{guidOf(stored)}},
		{"other home", path, request(changed("metadataCollectionId", newRemoteHome())), "EntityConflictException", []string{guidOf(stored)}},
		{"copy of a local entity", path, request(masterCopy), "HomeEntityException", []string{guidOf(master)}},
		{"unknown type", path, request(unknownType), "TypeErrorException", []string{"NoSuchType"}},
		{"relationship type", path, request(relationshipType), "InvalidParameterException", []string{"SemanticAssignment"}},
		{"no home", path, request(noHome), "InvalidParameterException", nil},
		{"unknown property", path, request(badProperties), "PropertyErrorException", []string{"colour"}},
		{"no entity", path, map[string]any{"class": "EntityDetailRequest"}, "InvalidParameterException", nil},
	})
}

// A copy written with a newer header version than this repository
// supports is ignored, as Egeria ignores it.
func TestMaintEntityCopyNewerHeaderIgnored(t *testing.T) {
	m := newMaintEnv(t)
	entity := m.remoteEntity("Asset", uuid.NewString(), newRemoteHome(), 1, omrsStrings("qualifiedName", uniqueName("future")))
	entity["headerVersion"] = 2
	before := m.fingerprint()

	response := m.saveEntityCopy(entity)

	requireSuccess(t, response)
	require.Equal(t, before, m.fingerprint())
	require.Nil(t, m.knownEntity(guidOf(entity)))
}

func TestMaintEntityCopyIsReadOnly(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	name := uniqueName("read only")
	live := m.remoteEntity("Asset", uuid.NewString(), home, 2, omrsStrings("qualifiedName", name))
	deleted := m.remoteEntity("Asset", uuid.NewString(), home, 3, omrsStrings("qualifiedName", uniqueName("deleted copy")))
	deleted["status"] = "DELETED"
	deleted["statusOnDelete"] = "ACTIVE"
	requireSuccess(t, m.saveEntityCopy(live))
	requireSuccess(t, m.saveEntityCopy(deleted))
	base := "/instances/entity/" + guidOf(live)
	retype := map[string]any{"class": "TypeDefChangeRequest", "currentTypeDef": m.typeSummary("Asset"), "newTypeDef": m.typeSummary("DataSet")}

	m.requireRejections([]rejection{
		{"update properties", base + "/properties", propertiesRequest(omrsStrings("qualifiedName", "changed")),
			"InvalidParameterException", []string{guidOf(live)}},
		{"delete", base + "/delete", m.typeIDs("Asset"), "InvalidParameterException", []string{guidOf(live)}},
		{"purge", base + "/purge", m.typeIDs("Asset"), "InvalidParameterException", []string{guidOf(live)}},
		{"re-type", base + "/type", retype, "InvalidParameterException", []string{guidOf(live)}},
		{"re-identify", base + "/identity?newEntityGUID=" + uuid.NewString(), m.typeIDs("Asset"), "InvalidParameterException", []string{guidOf(live)}},
		{"legacy status update", base + "/status", []byte(`"ACTIVE"`), "InvalidParameterException", []string{guidOf(live)}},
		{"restore", "/instances/entity/" + guidOf(deleted) + "/restore", getRequest(), "InvalidParameterException", []string{guidOf(deleted)}},
	})
}

func TestMaintClassifyEntityCopy(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	name := uniqueName("classified copy")
	copied := m.remoteEntity("Asset", uuid.NewString(), home, 2, omrsStrings("qualifiedName", name))
	copied["classifications"] = []any{m.remoteClassification("Anchors", home, omrsStrings("anchorGUID", uuid.NewString()))}
	requireSuccess(t, m.saveEntityCopy(copied))
	guid := guidOf(copied)

	classified := m.payload(m.post(classificationPath(guid, "Confidentiality"), propertiesRequest(confidentialityLevel(3))), "entity")

	local := classificationNamed(classified, "Confidentiality")
	require.NotNil(t, local)
	require.Equal(t, m.localID, local["metadataCollectionId"], "the classification is homed here")
	require.Equal(t, "LOCAL_COHORT", local["instanceProvenanceType"])
	require.Equal(t, json.Number("2"), classified["version"], "the copy keeps its home's version")
	require.Equal(t, classified, m.entity(guid))

	newer := m.remoteEntity("Asset", guid, home, 3, omrsStrings("qualifiedName", name, "displayName", "v3"))
	newer["classifications"] = []any{m.remoteClassification("Incomplete", home, nil)}
	requireSuccess(t, m.saveEntityCopy(newer))

	refreshed := m.entity(guid)
	require.Equal(t, json.Number("3"), refreshed["version"])
	require.Equal(t, local, classificationNamed(refreshed, "Confidentiality"), "the home classification survives a newer copy")
	require.Equal(t, m.expectServed(newer)["classifications"].([]any)[0], classificationNamed(refreshed, "Incomplete"))
	require.Nil(t, classificationNamed(refreshed, "Anchors"), "the home's classifications are those of the newer copy")
	require.Len(t, asList(refreshed["classifications"]), 2)

	homeClassifications := m.post("/instances/entity/"+guid+"/home-classifications", getRequest())
	requireSuccess(t, homeClassifications)
	require.Equal(t, []any{local}, homeClassifications["classifications"])
}

func TestMaintDeleteEntityCopy(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	copied := m.remoteEntity("Asset", uuid.NewString(), home, 1, omrsStrings("qualifiedName", uniqueName("deleted at home")))
	requireSuccess(t, m.saveEntityCopy(copied))
	deleted := copyJSON(copied)
	deleted["version"] = 2
	deleted["status"] = "DELETED"
	deleted["statusOnDelete"] = "ACTIVE"

	response := m.post("/instances/entities/reference-copy/delete", map[string]any{"class": "EntityDetailRequest", "entity": deleted})

	require.Equal(t, "VoidResponse", response["class"])
	requireSuccess(t, response)
	requireOMRSException(t, m.post("/instances/entity/"+guidOf(copied), getRequest()), "EntityNotKnownException")
	require.Equal(t, m.expectServed(deleted), m.knownEntity(guidOf(copied)))
}

// A copy homed here with no instance stored under its GUID is a restore
// from a backup: it is stored and maintained here from then on.
func TestMaintEntityCopyHomedHereRestores(t *testing.T) {
	m := newMaintEnv(t)
	name := uniqueName("restored")
	backup := m.remoteEntity("Asset", uuid.NewString(), m.localID, 3, omrsStrings("qualifiedName", name))
	backup["metadataCollectionName"] = m.localName

	response := m.saveEntityCopy(backup)

	requireSuccess(t, response)
	served := m.entity(guidOf(backup))
	require.Equal(t, copyJSON(backup), served)
	updated := m.payload(m.updateProperties(guidOf(backup), omrsStrings("qualifiedName", name, "displayName", "Maintained")), "entity")
	require.Equal(t, json.Number("4"), updated["version"])
}

// An external instance without replicatedBy is served as replicated by
// this repository.
func TestMaintExternalCopyServedReplicatedHere(t *testing.T) {
	m := newMaintEnv(t)
	external := m.remoteEntity("Asset", uuid.NewString(), "external-"+uuid.NewString(), 1,
		omrsStrings("qualifiedName", uniqueName("external")))
	external["instanceProvenanceType"] = "EXTERNAL_SOURCE"
	requireSuccess(t, m.saveEntityCopy(external))

	served := m.entity(guidOf(external))

	expected := copyJSON(external)
	expected["replicatedBy"] = m.localID
	require.Equal(t, expected, served)
}
