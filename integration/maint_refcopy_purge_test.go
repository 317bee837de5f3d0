//go:build integration

package integration

import (
	"net/url"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// copyWithAttachments stores a reference copy of an Asset with a home
// classification and a relationship homed here to a local term. It returns
// the copy, the relationship and the term.
func (m *maintEnv) copyWithAttachments(home string) (copied, relationship, term map[string]any) {
	m.t.Helper()
	copied = m.remoteEntity("Asset", uuid.NewString(), home, 2, omrsStrings("qualifiedName", uniqueName("purged copy")))
	copied["classifications"] = []any{m.remoteClassification("Incomplete", home, nil)}
	requireSuccess(m.t, m.saveEntityCopy(copied))
	m.payload(m.post(classificationPath(guidOf(copied), "Confidentiality"), propertiesRequest(confidentialityLevel(1))), "entity")
	term = m.addTerm(uniqueName("term"))
	relationship = m.addRelationship("SemanticAssignment", guidOf(copied), guidOf(term), nil)
	return copied, relationship, term
}

// requireCopyGone checks that nothing of a purged copy remains: not the
// entity, its classifications nor the relationship attached to it. The
// copy must be the only classified entity in the repository.
func (m *maintEnv) requireCopyGone(copied, relationship, term map[string]any) {
	m.t.Helper()
	guid := guidOf(copied)
	require.Nil(m.t, m.knownEntity(guid))
	requireOMRSException(m.t, m.post("/instances/entity/"+guid, getRequest()), "EntityNotKnownException", guid)
	requireOMRSException(m.t, m.post("/instances/entity/"+guid+"/summary", getRequest()), "EntityNotKnownException", guid)
	require.Nil(m.t, m.knownRelationship(guidOf(relationship)), "the attached relationship is purged")
	require.Empty(m.t, m.relationshipsOf(guidOf(term), "ACTIVE", "DELETED"))
	require.Zero(m.t, m.count("MATCH (n {guid: $guid}) RETURN count(n) AS count", map[string]any{"guid": guid}))
	require.Zero(m.t, m.count("MATCH (c:Classification) RETURN count(c) AS count", nil), "the classifications are purged")
	require.Equal(m.t, term, m.entity(guidOf(term)), "the other end stays")
}

// purgeByIDPath returns the path of purgeEntityReferenceCopy by id.
func purgeByIDPath(kind, guid, home string) string {
	path := "/instances/" + kind + "/reference-copy/" + guid + "/purge"
	if home != "" {
		path += "?homeMetadataCollectionId=" + url.QueryEscape(home)
	}
	return path
}

func TestMaintPurgeEntityCopyByID(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	copied, relationship, term := m.copyWithAttachments(home)

	response := m.post(purgeByIDPath("entities", guidOf(copied), home), m.typeIDs("Asset"))

	require.Equal(t, "VoidResponse", response["class"])
	requireSuccess(t, response)
	m.requireCopyGone(copied, relationship, term)
}

func TestMaintPurgeEntityCopyByIDRejectsBadInput(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	copied := m.remoteEntity("Asset", uuid.NewString(), home, 1, omrsStrings("qualifiedName", uniqueName("copy")))
	requireSuccess(t, m.saveEntityCopy(copied))
	local := m.addTerm(uniqueName("local"))
	unknownGUID := uuid.NewString()

	m.requireRejections([]rejection{
		{"local entity", purgeByIDPath("entities", guidOf(local), m.localID), m.typeIDs("GlossaryTerm"),
			"HomeEntityException", []string{guidOf(local)}},
		{"unknown entity", purgeByIDPath("entities", unknownGUID, home), m.typeIDs("Asset"), "EntityNotKnownException", []string{unknownGUID}},
		{"no home", purgeByIDPath("entities", guidOf(copied), ""), m.typeIDs("Asset"), "InvalidParameterException", nil},
		{"no type", purgeByIDPath("entities", guidOf(copied), home), map[string]any{"class": "TypeDefValidationForRequest"},
			"InvalidParameterException", nil},
	})
}

func TestMaintPurgeEntityCopyByObject(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	copied, relationship, term := m.copyWithAttachments(home)
	const path = "/instances/entities/reference-copy/purge"

	t.Run("unknown entity is ignored", func(t *testing.T) {
		bound := m.with(t)
		unknown := bound.remoteEntity("Asset", uuid.NewString(), home, 1, omrsStrings("qualifiedName", uniqueName("never stored")))
		before := bound.fingerprint()

		response := bound.post(path, map[string]any{"class": "EntityDetailRequest", "entity": unknown})

		require.Equal(t, "VoidResponse", response["class"])
		requireSuccess(t, response)
		require.Equal(t, before, bound.fingerprint())
	})

	response := m.post(path, map[string]any{"class": "EntityDetailRequest", "entity": copied})

	requireSuccess(t, response)
	m.requireCopyGone(copied, relationship, term)
}

func TestMaintSaveInstanceReferenceCopies(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	asset := m.remoteEntity("Asset", uuid.NewString(), home, 1, omrsStrings("qualifiedName", uniqueName("graph asset")))
	term := m.remoteEntity("GlossaryTerm", uuid.NewString(), home, 2, omrsStrings("qualifiedName", uniqueName("graph term")))
	relationship := m.remoteRelationship("SemanticAssignment", uuid.NewString(), home, 1,
		expectedEndProxy(asset), expectedEndProxy(term), assignmentProperties("from the graph", 5))
	ownHome := m.remoteEntity("GlossaryTerm", uuid.NewString(), m.localID, 1, omrsStrings("qualifiedName", uniqueName("own home")))
	ownRelationship := m.remoteRelationship("SemanticAssignment", uuid.NewString(), m.localID, 1,
		expectedEndProxy(asset), expectedEndProxy(term), nil)

	response := m.post("/instances", map[string]any{"class": "InstanceGraphRequest", "requestId": uuid.NewString(),
		"entityElementList":       []any{asset, term, ownHome},
		"relationshipElementList": []any{relationship, ownRelationship}})

	require.Equal(t, "VoidResponse", response["class"])
	requireSuccess(t, response)
	require.Equal(t, m.expectServed(asset), m.entity(guidOf(asset)))
	require.Equal(t, m.expectServed(term), m.entity(guidOf(term)))
	require.Equal(t, m.expectServed(relationship), m.relationship(guidOf(relationship)))
	require.Nil(t, m.knownEntity(guidOf(ownHome)), "members homed here are skipped")
	require.Nil(t, m.knownRelationship(guidOf(ownRelationship)), "members homed here are skipped")
}

func TestMaintRefreshReferenceCopyNotSupported(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	copied := m.remoteEntity("Asset", uuid.NewString(), home, 1, omrsStrings("qualifiedName", uniqueName("refresh")))
	requireSuccess(t, m.saveEntityCopy(copied))
	local := m.addTerm(uniqueName("local"))
	other := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))
	localRelationship := m.addRelationship("SemanticAssignment", guidOf(other), guidOf(local), nil)
	refresh := func(kind, guid, home string) string {
		return "/instances/" + kind + "/reference-copy/" + guid + "/refresh?homeMetadataCollectionId=" + url.QueryEscape(home)
	}

	m.requireRejections([]rejection{
		{"entity without a cohort", refresh("entities", guidOf(copied), home), m.typeIDs("Asset"), "FunctionNotSupportedException", nil},
		{"relationship without a cohort", refresh("relationships", uuid.NewString(), home), m.typeIDs("SemanticAssignment"),
			"FunctionNotSupportedException", nil},
		{"local entity", refresh("entities", guidOf(local), m.localID), m.typeIDs("GlossaryTerm"), "HomeEntityException", []string{guidOf(local)}},
		{"local relationship", refresh("relationships", guidOf(localRelationship), m.localID), m.typeIDs("SemanticAssignment"),
			"HomeRelationshipException", []string{guidOf(localRelationship)}},
	})
}
