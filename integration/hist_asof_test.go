//go:build integration

package integration

import (
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// asOfCase is an asOfTime and the index of the version valid then.
type asOfCase struct {
	name     string
	asOfTime int64
	expected int
}

// asOfCases returns asOfTime cases for three versions: each version's
// updateTime, which starts its validity, and the millisecond before the
// next one starts.
func asOfCases(t *testing.T, versions []map[string]any) []asOfCase {
	t1, t2, t3 := updateTimeOf(t, versions[0]), updateTimeOf(t, versions[1]), updateTimeOf(t, versions[2])
	return []asOfCase{
		{name: "at the creation", asOfTime: t1, expected: 0},
		{name: "just before the second version", asOfTime: t2 - 1, expected: 0},
		{name: "at the second version", asOfTime: t2, expected: 1},
		{name: "just before the third version", asOfTime: t3 - 1, expected: 1},
		{name: "at the third version", asOfTime: t3, expected: 2},
		{name: "now", asOfTime: nowMillis(), expected: 2},
	}
}

func entityAsOfPath(guid string) string {
	return "/instances/entity/" + guid + "/history"
}

func relationshipAsOfPath(guid string) string {
	return "/instances/relationship/" + guid + "/history"
}

func TestHistEntityAsOfEachVersion(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.termVersions()
	guid := guidOf(versions[0])

	for _, tc := range asOfCases(t, versions) {
		t.Run(tc.name, func(t *testing.T) {
			response := m.with(t).post(entityAsOfPath(guid), historyAt(tc.asOfTime))

			require.Equal(t, "EntityDetailResponse", response["class"])
			requireSuccess(t, response)
			entity := response["entity"].(map[string]any)
			expected := versions[tc.expected]
			require.Equal(t, expected["version"], entity["version"])
			require.Equal(t, expected["properties"], entity["properties"])
			require.Equal(t, expected, entity)
		})
	}
}

func TestHistEntityAsOfAbsentMeansNow(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.termVersions()
	guid := guidOf(versions[0])

	response := m.post(entityAsOfPath(guid), map[string]any{"class": "HistoryRequest", "requestId": uuid.NewString()})

	require.Equal(t, versions[2], m.payload(response, "entity"))
}

func TestHistEntityAsOfRejectsBadTimes(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.termVersions()
	guid := guidOf(versions[0])
	unknownGUID := uuid.NewString()

	m.requireRejections([]rejection{
		{"before the creation", entityAsOfPath(guid), historyAt(updateTimeOf(t, versions[0]) - 1), "EntityNotKnownException", []string{guid}},
		{"in the future", entityAsOfPath(guid), historyAt(futureMillis()), "InvalidParameterException", nil},
		{"unknown entity", entityAsOfPath(unknownGUID), historyAt(nowMillis()), "EntityNotKnownException", []string{unknownGUID}},
	})
}

func TestHistEntityAsOfSoftDeleted(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.termVersions()
	guid := guidOf(versions[0])
	deleted := m.deleteEntity(versions[2])
	deleteTime := updateTimeOf(t, deleted)
	waitPast(deleteTime)

	m.requireRejections([]rejection{
		{"at the delete", entityAsOfPath(guid), historyAt(deleteTime), "EntityNotKnownException", []string{guid}},
		{"after the delete", entityAsOfPath(guid), historyAt(nowMillis()), "EntityNotKnownException", []string{guid}},
		{"no asOfTime", entityAsOfPath(guid), map[string]any{"class": "HistoryRequest"}, "EntityNotKnownException", []string{guid}},
	})

	t.Run("just before the delete", func(t *testing.T) {
		bound := m.with(t)
		entity := bound.payload(bound.post(entityAsOfPath(guid), historyAt(deleteTime-1)), "entity")
		require.Equal(t, versions[2], entity)
	})
}

func TestHistEntityAsOfAfterPurge(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.termVersions()
	guid := guidOf(versions[0])
	m.purgeEntity(versions[2])

	var rejections []rejection
	for _, tc := range asOfCases(t, versions) {
		rejections = append(rejections, rejection{tc.name, entityAsOfPath(guid), historyAt(tc.asOfTime), "EntityNotKnownException", []string{guid}})
	}
	rejections = append(rejections, rejection{"no asOfTime", entityAsOfPath(guid), map[string]any{"class": "HistoryRequest"},
		"EntityNotKnownException", []string{guid}})
	m.requireRejections(rejections)
}

func TestHistRelationshipAsOfEachVersion(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.assignmentVersions()
	guid := guidOf(versions[0])

	for _, tc := range asOfCases(t, versions) {
		t.Run(tc.name, func(t *testing.T) {
			response := m.with(t).post(relationshipAsOfPath(guid), historyAt(tc.asOfTime))

			require.Equal(t, "RelationshipResponse", response["class"])
			requireSuccess(t, response)
			relationship := response["relationship"].(map[string]any)
			expected := versions[tc.expected]
			require.Equal(t, expected["version"], relationship["version"])
			require.Equal(t, expected["properties"], relationship["properties"])
			require.Equal(t, expected, relationship)
		})
	}

	t.Run("no asOfTime", func(t *testing.T) {
		bound := m.with(t)
		relationship := bound.payload(bound.post(relationshipAsOfPath(guid), map[string]any{"class": "HistoryRequest"}), "relationship")
		require.Equal(t, versions[2], relationship)
	})
}

func TestHistRelationshipAsOfNotKnown(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.assignmentVersions()
	guid := guidOf(versions[0])
	deleted := m.deleteRelationship(versions[2])
	deleteTime := updateTimeOf(t, deleted)
	waitPast(deleteTime)
	unknownGUID := uuid.NewString()

	m.requireRejections([]rejection{
		{"before the creation", relationshipAsOfPath(guid), historyAt(updateTimeOf(t, versions[0]) - 1),
			"RelationshipNotKnownException", []string{guid}},
		{"at the delete", relationshipAsOfPath(guid), historyAt(deleteTime), "RelationshipNotKnownException", []string{guid}},
		{"after the delete", relationshipAsOfPath(guid), historyAt(nowMillis()), "RelationshipNotKnownException", []string{guid}},
		{"in the future", relationshipAsOfPath(guid), historyAt(futureMillis()), "InvalidParameterException", nil},
		{"unknown relationship", relationshipAsOfPath(unknownGUID), historyAt(nowMillis()), "RelationshipNotKnownException",
			[]string{unknownGUID}},
	})

	t.Run("just before the delete", func(t *testing.T) {
		bound := m.with(t)
		relationship := bound.payload(bound.post(relationshipAsOfPath(guid), historyAt(deleteTime-1)), "relationship")
		require.Equal(t, versions[2], relationship)
	})
}

func TestHistRelationshipAsOfAfterPurge(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.assignmentVersions()
	guid := guidOf(versions[0])
	m.purgeRelationship(versions[2])

	var rejections []rejection
	for _, tc := range asOfCases(t, versions) {
		rejections = append(rejections, rejection{tc.name, relationshipAsOfPath(guid), historyAt(tc.asOfTime),
			"RelationshipNotKnownException", []string{guid}})
	}
	m.requireRejections(rejections)
}
