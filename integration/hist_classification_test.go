//go:build integration

package integration

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
)

// classificationVersions lists the versions and statuses that
// getClassificationHistory returns, in its order.
func (m *maintEnv) classificationVersions(guid, name string, body any) ([]json.Number, []string) {
	response := m.post("/instances/entity/"+guid+"/classification/"+name+"/history/all", body)
	require.Nil(m.t, response["exceptionClassName"], "%v", response["exceptionErrorMessage"])
	var versions []json.Number
	var statuses []string
	for _, item := range asList(response["classifications"]) {
		classification := item.(map[string]any)
		versions = append(versions, classification["version"].(json.Number))
		statuses = append(statuses, classification["status"].(string))
	}
	return versions, statuses
}

func TestHistClassificationLifecycle(t *testing.T) {
	m := newMaintEnv(t)
	term := m.addTerm("classified-term")
	guid := term["guid"].(string)
	path := "/instances/entity/" + guid + "/classification/Confidentiality"
	level := func(n int64) map[string]any {
		return map[string]any{"class": "InstancePropertiesRequest",
			"instanceProperties": omrsProperties(map[string]any{"confidentialityLevel": omrsInt(n)})}
	}

	classified := m.post(path, level(1))
	require.Nil(t, classified["exceptionClassName"], "%v", classified["exceptionErrorMessage"])
	waitPast(updateTimeOf(t, asList(classified["entity"].(map[string]any)["classifications"])[0].(map[string]any)))
	updated := m.post(path+"/properties", level(2))
	require.Nil(t, updated["exceptionClassName"], "%v", updated["exceptionErrorMessage"])
	beforeRemoval := updateTimeOf(t, asList(updated["entity"].(map[string]any)["classifications"])[0].(map[string]any))
	waitPast(beforeRemoval)
	removed := m.post(path+"/delete", nil)
	require.Nil(t, removed["exceptionClassName"], "%v", removed["exceptionErrorMessage"])
	require.Nil(t, removed["entity"].(map[string]any)["classifications"])

	versions, statuses := m.classificationVersions(guid, "Confidentiality", nil)
	require.Equal(t, []json.Number{"3", "2", "1"}, versions, "newest first, ending with the removal")
	require.Equal(t, []string{"DELETED", "ACTIVE", "ACTIVE"}, statuses)
	forwards, _ := m.classificationVersions(guid, "Confidentiality", historyRange(map[string]any{"sequencingOrder": "FORWARDS"}))
	require.Equal(t, []json.Number{"1", "2", "3"}, forwards)

	then := m.post("/instances/entity/"+guid+"/history", historyAt(beforeRemoval))
	require.Nil(t, then["exceptionClassName"], "%v", then["exceptionErrorMessage"])
	classifications := asList(then["entity"].(map[string]any)["classifications"])
	require.Len(t, classifications, 1, "the entity as of before the removal still has the classification")
	require.Equal(t, json.Number("2"), classifications[0].(map[string]any)["version"])

	now := m.post("/instances/entity/"+guid+"/history", map[string]any{"class": "HistoryRequest"})
	require.Nil(t, now["entity"].(map[string]any)["classifications"], "the removed classification is not shown now")

	unknown := m.post("/instances/entity/no-such-entity/classification/Confidentiality/history/all", nil)
	requireException(t, unknown, "EntityNotKnownException", 404)
}
