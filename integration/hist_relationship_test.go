//go:build integration

package integration

import (
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

func TestHistRelationshipOrders(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.assignmentVersions()
	guid := guidOf(versions[0])

	t.Run("BACKWARDS by default", func(t *testing.T) {
		bound := m.with(t)
		response := bound.post(relationshipHistoryPath(guid), nil)

		require.Equal(t, "RelationshipListResponse", response["class"])
		listed := historyList(t, response, "relationships")
		require.Equal(t, []int64{3, 2, 1}, versionNumbers(t, listed), "newest version first")
		for i, relationship := range listed {
			expected := versions[len(versions)-1-i]
			require.Equal(t, expected["properties"], relationship["properties"], "properties of version %v", relationship["version"])
			require.Equal(t, expected, relationship, "version %v as the call that made it returned it", relationship["version"])
		}
	})

	t.Run("FORWARDS", func(t *testing.T) {
		body := historyRange(map[string]any{"sequencingOrder": "FORWARDS"})
		require.Equal(t, []int64{1, 2, 3}, m.with(t).relationshipHistoryVersions(guid, body), "oldest version first")
	})
}

func TestHistRelationshipPaging(t *testing.T) {
	m := newMaintEnv(t)
	guid := guidOf(m.assignmentVersions()[0])

	tests := []struct {
		name     string
		order    string
		offset   int
		pageSize int
		expected []int64
	}{
		{name: "first of one", order: "BACKWARDS", offset: 0, pageSize: 1, expected: []int64{3}},
		{name: "middle of one", order: "BACKWARDS", offset: 1, pageSize: 1, expected: []int64{2}},
		{name: "last of two", order: "BACKWARDS", offset: 2, pageSize: 2, expected: []int64{1}},
		{name: "forwards middle of two", order: "FORWARDS", offset: 1, pageSize: 2, expected: []int64{2, 3}},
		{name: "offset past the end", order: "BACKWARDS", offset: 3, pageSize: 0, expected: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := historyRange(map[string]any{"sequencingOrder": tt.order, "offset": tt.offset, "pageSize": tt.pageSize})
			require.Equal(t, tt.expected, m.with(t).relationshipHistoryVersions(guid, body))
		})
	}
}

func TestHistRelationshipTimeWindow(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.assignmentVersions()
	guid := guidOf(versions[0])
	t1, t2, t3 := updateTimeOf(t, versions[0]), updateTimeOf(t, versions[1]), updateTimeOf(t, versions[2])

	tests := []struct {
		name     string
		window   map[string]any
		expected []int64
	}{
		{name: "from the second version", window: map[string]any{"fromTime": t2}, expected: []int64{3, 2}},
		{name: "from just before the second version", window: map[string]any{"fromTime": t2 - 1}, expected: []int64{3, 2, 1}},
		{name: "to the second version", window: map[string]any{"toTime": t2}, expected: []int64{1}},
		{name: "to the third version", window: map[string]any{"toTime": t3}, expected: []int64{2, 1}},
		{name: "second version only", window: map[string]any{"fromTime": t2, "toTime": t3}, expected: []int64{2}},
		{name: "from the creation forwards", window: map[string]any{"fromTime": t1, "sequencingOrder": "FORWARDS"}, expected: []int64{1, 2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.expected, m.with(t).relationshipHistoryVersions(guid, historyRange(tt.window)))
		})
	}
}

func TestHistRelationshipRejectsBadRange(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.assignmentVersions()
	guid := guidOf(versions[0])
	path := relationshipHistoryPath(guid)
	t1, t3 := updateTimeOf(t, versions[0]), updateTimeOf(t, versions[2])
	unknownGUID := uuid.NewString()

	m.requireRejections([]rejection{
		{"toTime at the creation", path, historyRange(map[string]any{"toTime": t1}), "RelationshipNotKnownException", []string{guid}},
		{"fromTime after toTime", path, historyRange(map[string]any{"fromTime": t3, "toTime": t1}), "InvalidParameterException", nil},
		{"toTime in the future", path, historyRange(map[string]any{"toTime": futureMillis()}), "InvalidParameterException", nil},
		{"unknown relationship", relationshipHistoryPath(unknownGUID), historyRange(nil), "RelationshipNotKnownException",
			[]string{unknownGUID}},
	})
}

func TestHistRelationshipKeepsSoftDeletedVersion(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.assignmentVersions()
	guid := guidOf(versions[0])
	deleted := m.deleteRelationship(versions[2])

	listed := historyList(t, m.post(relationshipHistoryPath(guid), historyRange(nil)), "relationships")

	require.Equal(t, []int64{4, 3, 2, 1}, versionNumbers(t, listed))
	require.Equal(t, "DELETED", listed[0]["status"], "the newest version is the deleted one")
	require.Equal(t, deleted, listed[0])
}

func TestHistRelationshipAfterPurgeNotKnown(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.assignmentVersions()
	guid := guidOf(versions[0])
	m.purgeRelationship(versions[2])

	response := m.post(relationshipHistoryPath(guid), historyRange(nil))

	require.Equal(t, "RelationshipListResponse", response["class"])
	requireOMRSException(t, response, "RelationshipNotKnownException", guid)
}

func TestHistCopiesKeepReceivedVersions(t *testing.T) {
	m := newMaintEnv(t)
	entity := m.entityCopyVersions()
	relationship := m.relationshipCopyVersions()

	require.Equal(t, []int64{2, 1}, m.entityHistoryVersions(guidOf(entity), historyRange(nil)))
	require.Equal(t, []int64{2, 1}, m.relationshipHistoryVersions(guidOf(relationship), historyRange(nil)))
}
