//go:build integration

package integration

import (
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// classificationCopyRequest returns a ClassificationWithEntityRequest that
// carries the entity in field ("entity" or "entityProxy").
func classificationCopyRequest(field string, entity, classification map[string]any) map[string]any {
	return map[string]any{"class": "ClassificationWithEntityRequest", "requestId": uuid.NewString(),
		"classification": classification, field: entity}
}

const classificationCopyPath = "/instances/entities/classifications/reference-copy"

// classificationVersion returns version of a classification homed in home.
func (m *maintEnv) classificationVersion(name, home string, version int64, properties map[string]any) map[string]any {
	classification := m.remoteClassification(name, home, properties)
	classification["version"] = version
	classification["updateTime"] = remoteCreateTime + 1000*version
	return classification
}

func TestMaintSaveClassificationCopyWithEntity(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	entity := m.remoteEntity("Asset", uuid.NewString(), home, 1, omrsStrings("qualifiedName", uniqueName("classified copy")))
	classification := m.classificationVersion("Confidentiality", home, 1, confidentialityLevel(2))

	response := m.post(classificationCopyPath, classificationCopyRequest("entity", entity, classification))

	require.Equal(t, "VoidResponse", response["class"])
	requireSuccess(t, response)
	served := m.entity(guidOf(entity))
	expected := copyJSON(entity)
	expected["classifications"] = []any{classification}
	require.Equal(t, m.expectServed(expected), served, "the entity is saved first, then the classification")

	homeClassifications := m.post("/instances/entity/"+guidOf(entity)+"/home-classifications", getRequest())
	requireSuccess(t, homeClassifications)
	require.Nil(t, homeClassifications["classifications"], "a classification homed elsewhere is not a home classification")
}

func TestMaintClassificationCopyVersionRule(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	entity := m.remoteEntity("Asset", uuid.NewString(), home, 1, omrsStrings("qualifiedName", uniqueName("versions")))
	requireSuccess(t, m.saveEntityCopy(entity))
	save := func(bound *maintEnv, version, level int64) map[string]any {
		classification := bound.classificationVersion("Confidentiality", home, version, confidentialityLevel(level))
		requireSuccess(bound.t, bound.post(classificationCopyPath, classificationCopyRequest("entity", entity, classification)))
		return classification
	}
	save(m, 2, 1)
	newer := save(m, 3, 2)
	require.Equal(t, m.expectServed(newer), classificationNamed(m.entity(guidOf(entity)), "Confidentiality"),
		"a newer version replaces the classification")

	tests := []struct {
		name    string
		version int64
	}{
		{name: "same version", version: 3},
		{name: "older version", version: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bound := m.with(t)
			before := bound.fingerprint()

			save(bound, tt.version, 4)

			require.Equal(t, before, bound.fingerprint(), "the stored classification is kept")
		})
	}
}

func TestMaintSaveClassificationCopyWithProxy(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	proxy := m.remoteProxy("GlossaryTerm", uuid.NewString(), home, uniqueName("proxy"))
	classification := m.classificationVersion("Confidentiality", home, 1, confidentialityLevel(3))

	requireSuccess(t, m.post(classificationCopyPath, classificationCopyRequest("entityProxy", proxy, classification)))

	summary := m.payload(m.post("/instances/entity/"+guidOf(proxy)+"/summary", getRequest()), "entity")
	require.Equal(t, "EntityProxy", summary["class"])
	require.Equal(t, []any{m.expectServed(classification)}, summary["classifications"])
}

func TestMaintClassificationCopyHomedHere(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	entity := m.remoteEntity("Asset", uuid.NewString(), home, 1, omrsStrings("qualifiedName", uniqueName("restored")))
	classification := m.classificationVersion("Confidentiality", m.localID, 1, confidentialityLevel(1))

	requireSuccess(t, m.post(classificationCopyPath, classificationCopyRequest("entity", entity, classification)))

	homeClassifications := m.post("/instances/entity/"+guidOf(entity)+"/home-classifications", getRequest())
	requireSuccess(t, homeClassifications)
	require.Equal(t, []any{copyJSON(classification)}, homeClassifications["classifications"])
}

func TestMaintClassificationCopyOfDeletedEntityIgnored(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	entity := m.remoteEntity("Asset", uuid.NewString(), home, 2, omrsStrings("qualifiedName", uniqueName("deleted")))
	entity["status"] = "DELETED"
	entity["statusOnDelete"] = "ACTIVE"
	requireSuccess(t, m.saveEntityCopy(entity))
	before := m.fingerprint()

	response := m.post(classificationCopyPath,
		classificationCopyRequest("entity", entity, m.classificationVersion("Confidentiality", home, 1, nil)))

	requireSuccess(t, response)
	require.Equal(t, before, m.fingerprint())
}

func TestMaintClassificationCopyRejectsBadInput(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	entity := m.remoteEntity("Asset", uuid.NewString(), home, 1, omrsStrings("qualifiedName", uniqueName("copy")))
	requireSuccess(t, m.saveEntityCopy(entity))
	noHome := copyJSON(entity)
	delete(noHome, "metadataCollectionId")
	valid := m.classificationVersion("Confidentiality", home, 1, nil)

	m.requireRejections([]rejection{
		{"classification not valid for the entity type", classificationCopyPath,
			classificationCopyRequest("entity", entity, m.classificationVersion("FixedLocation", home, 1, nil)),
			"TypeErrorException", []string{"FixedLocation"}},
		{"unknown property", classificationCopyPath,
			classificationCopyRequest("entity", entity, m.classificationVersion("Confidentiality", home, 1, omrsStrings("colour", "red"))),
			"PropertyErrorException", []string{"colour"}},
		{"no classification", classificationCopyPath, map[string]any{"class": "ClassificationWithEntityRequest", "entity": entity},
			"InvalidParameterException", nil},
		{"no entity", classificationCopyPath, map[string]any{"class": "ClassificationWithEntityRequest", "classification": valid},
			"InvalidParameterException", nil},
		{"entity without a home", classificationCopyPath, classificationCopyRequest("entity", noHome, valid), "InvalidParameterException", nil},
	})
}

func TestMaintPurgeClassificationCopy(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	entity := m.remoteEntity("Asset", uuid.NewString(), home, 1, omrsStrings("qualifiedName", uniqueName("purged classification")))
	classification := m.classificationVersion("Confidentiality", home, 1, confidentialityLevel(2))
	requireSuccess(t, m.post(classificationCopyPath, classificationCopyRequest("entity", entity, classification)))
	const path = "/instances/entities/classifications/reference-copy/purge"

	response := m.post(path, classificationCopyRequest("entity", entity, classification))

	require.Equal(t, "VoidResponse", response["class"])
	requireSuccess(t, response)
	require.Nil(t, m.entity(guidOf(entity))["classifications"])

	t.Run("absent classification", func(t *testing.T) {
		bound := m.with(t)
		before := bound.fingerprint()

		requireSuccess(t, bound.post(path, classificationCopyRequest("entity", entity, classification)))

		require.Equal(t, before, bound.fingerprint())
	})
}
