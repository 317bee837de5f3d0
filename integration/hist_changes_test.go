//go:build integration

package integration

import (
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

func TestHistSurvivesReIdentify(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.termVersions()
	oldGUID := guidOf(versions[0])
	newGUID := uuid.NewString()

	renamed := m.post("/instances/entity/"+oldGUID+"/identity?newEntityGUID="+newGUID, m.typeIDs("GlossaryTerm"))
	require.Nil(t, renamed["exceptionClassName"], "%v", renamed["exceptionErrorMessage"])

	require.Equal(t, []int64{4, 3, 2, 1}, m.entityHistoryVersions(oldGUID, nil), "the old GUID keeps its versions and its tombstone")
	require.Equal(t, []int64{4}, m.entityHistoryVersions(newGUID, nil), "the new GUID starts one version on")
	old := m.post("/instances/entity/"+oldGUID+"/history", historyAt(updateTimeOf(t, versions[1])))
	require.Nil(t, old["exceptionClassName"], "%v", old["exceptionErrorMessage"])
	require.Equal(t, guidOf(versions[1]), guidOf(m.payload(old, "entity")))
}

func TestHistSurvivesReType(t *testing.T) {
	m := newMaintEnv(t)
	name := uniqueName("asset")
	versions := []map[string]any{m.addEntity("Asset", omrsStrings("qualifiedName", name))}
	guid := guidOf(versions[0])
	updated := m.payload(m.updateProperties(guid, omrsStrings("qualifiedName", name, "displayName", "second")), "entity")
	waitPast(updateTimeOf(t, updated))

	retyped := m.post("/instances/entity/"+guid+"/type", m.retypeRequest("Asset", "DataSet"))
	require.Nil(t, retyped["exceptionClassName"], "%v", retyped["exceptionErrorMessage"])
	waitPast(updateTimeOf(t, m.payload(retyped, "entity")))

	require.Equal(t, []int64{3, 2, 1}, m.entityHistoryVersions(guid, nil))
	before := m.post("/instances/entity/"+guid+"/history", historyAt(updateTimeOf(t, updated)))
	require.Equal(t, "Asset", instanceTypeName(m.payload(before, "entity")), "versions before the re-type keep the old type")
	after := m.post("/instances/entity/"+guid+"/history", historyAt(updateTimeOf(t, m.payload(retyped, "entity"))))
	require.Equal(t, "DataSet", instanceTypeName(m.payload(after, "entity")))
}

func TestHistRelationshipsForEntityAsOf(t *testing.T) {
	m := newMaintEnv(t)
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))
	term := m.addTerm(uniqueName("term"))
	assignment := m.addRelationship("SemanticAssignment", guidOf(asset), guidOf(term), nil)
	created := updateTimeOf(t, assignment)
	waitPast(created)
	deleted := m.post("/instances/relationship/"+guidOf(assignment)+"/delete", m.typeIDs("SemanticAssignment"))
	require.Nil(t, deleted["exceptionClassName"], "%v", deleted["exceptionErrorMessage"])
	waitPast(updateTimeOf(t, m.payload(deleted, "relationship")))
	path := "/instances/entity/" + guidOf(term) + "/relationships/history"

	then := m.post(path, map[string]any{"class": "TypeLimitedHistoricalFindRequest", "asOfTime": created})
	require.Nil(t, then["exceptionClassName"], "%v", then["exceptionErrorMessage"])
	require.Equal(t, []string{guidOf(assignment)}, relationshipGUIDs(then), "the relationship was live then")
	require.Equal(t, "ACTIVE", asList(then["relationships"])[0].(map[string]any)["status"])

	now := m.post("/instances/entity/"+guidOf(term)+"/relationships", map[string]any{"class": "TypeLimitedFindRequest"})
	require.Nil(t, now["relationships"], "it is deleted now")
	deletedOnly := m.post(path, map[string]any{"class": "TypeLimitedHistoricalFindRequest", "asOfTime": created,
		"limitResultsByStatus": []string{"DELETED"}})
	require.Nil(t, deletedOnly["relationships"], "the status filter applies to the version valid then")

	early := m.post(path, map[string]any{"class": "TypeLimitedHistoricalFindRequest", "asOfTime": created - 1_000_000})
	requireException(t, early, "EntityNotKnownException", 404)
}

func TestHistHomeClassificationsAsOf(t *testing.T) {
	m := newMaintEnv(t)
	term := m.addTerm(uniqueName("term"))
	classified := m.post("/instances/entity/"+guidOf(term)+"/classification/Confidentiality", propertiesRequest(nil))
	require.Nil(t, classified["exceptionClassName"], "%v", classified["exceptionErrorMessage"])
	classifiedAt := updateTimeOf(t, asList(m.payload(classified, "entity")["classifications"])[0].(map[string]any))
	waitPast(classifiedAt)
	removed := m.post("/instances/entity/"+guidOf(term)+"/classification/Confidentiality/delete", nil)
	require.Nil(t, removed["exceptionClassName"], "%v", removed["exceptionErrorMessage"])

	path := "/instances/entity/" + guidOf(term) + "/home-classifications"
	require.Nil(t, m.post(path, nil)["classifications"], "none now")
	then := m.post(path+"/history", historyAt(classifiedAt))
	require.Nil(t, then["exceptionClassName"], "%v", then["exceptionErrorMessage"])
	require.Len(t, asList(then["classifications"]), 1, "one then")
	before := m.post(path+"/history", historyAt(classifiedAt-1))
	require.Nil(t, before["classifications"], "none before it was added")
}
