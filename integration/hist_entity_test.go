//go:build integration

package integration

import (
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

func TestHistEntityBackwardsByDefault(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.termVersions()
	guid := guidOf(versions[0])

	tests := []struct {
		name string
		body any
	}{
		{name: "no body", body: nil},
		{name: "no order", body: historyRange(nil)},
		{name: "BACKWARDS", body: historyRange(map[string]any{"sequencingOrder": "BACKWARDS"})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bound := m.with(t)
			response := bound.post(entityHistoryPath(guid), tt.body)

			require.Equal(t, "EntityListResponse", response["class"])
			listed := historyList(t, response, "entities")
			require.Equal(t, []int64{3, 2, 1}, versionNumbers(t, listed), "newest version first")
			for i, entity := range listed {
				expected := versions[len(versions)-1-i]
				require.Equal(t, expected["properties"], entity["properties"], "properties of version %v", entity["version"])
				require.Equal(t, expected["updateTime"], entity["updateTime"], "updateTime of version %v", entity["version"])
				require.Equal(t, expected, entity, "version %v as the call that made it returned it", entity["version"])
			}
		})
	}
}

func TestHistEntityForwards(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.termVersions()

	response := m.post(entityHistoryPath(guidOf(versions[0])), historyRange(map[string]any{"sequencingOrder": "FORWARDS"}))

	listed := historyList(t, response, "entities")
	require.Equal(t, []int64{1, 2, 3}, versionNumbers(t, listed), "oldest version first")
	for i, entity := range listed {
		values := entity["properties"].(map[string]any)["instanceProperties"].(map[string]any)
		require.Equal(t, termDisplayNames[i], values["displayName"].(map[string]any)["primitiveValue"], "displayName of version %d", i+1)
	}
}

func TestHistEntityPaging(t *testing.T) {
	m := newMaintEnv(t)
	guid := guidOf(m.termVersions()[0])

	tests := []struct {
		name     string
		order    string
		offset   int
		pageSize int
		expected []int64
	}{
		{name: "first of one", order: "BACKWARDS", offset: 0, pageSize: 1, expected: []int64{3}},
		{name: "middle of one", order: "BACKWARDS", offset: 1, pageSize: 1, expected: []int64{2}},
		{name: "last of one", order: "BACKWARDS", offset: 2, pageSize: 1, expected: []int64{1}},
		{name: "first of two", order: "BACKWARDS", offset: 0, pageSize: 2, expected: []int64{3, 2}},
		{name: "middle of two", order: "BACKWARDS", offset: 1, pageSize: 2, expected: []int64{2, 1}},
		{name: "last of two", order: "BACKWARDS", offset: 2, pageSize: 2, expected: []int64{1}},
		{name: "forwards first of two", order: "FORWARDS", offset: 0, pageSize: 2, expected: []int64{1, 2}},
		{name: "forwards second of two", order: "FORWARDS", offset: 2, pageSize: 2, expected: []int64{3}},
		{name: "forwards offset without page limit", order: "FORWARDS", offset: 1, pageSize: 0, expected: []int64{2, 3}},
		{name: "offset at the end", order: "BACKWARDS", offset: 3, pageSize: 1, expected: nil},
		{name: "offset past the end", order: "FORWARDS", offset: 7, pageSize: 0, expected: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := historyRange(map[string]any{"sequencingOrder": tt.order, "offset": tt.offset, "pageSize": tt.pageSize})
			require.Equal(t, tt.expected, m.with(t).entityHistoryVersions(guid, body))
		})
	}
}

// TestHistEntityTimeWindow checks which versions overlap [fromTime,
// toTime). Version n is valid from its updateTime until the next
// version's updateTime.
func TestHistEntityTimeWindow(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.termVersions()
	guid := guidOf(versions[0])
	t1, t2, t3 := updateTimeOf(t, versions[0]), updateTimeOf(t, versions[1]), updateTimeOf(t, versions[2])

	tests := []struct {
		name     string
		window   map[string]any
		expected []int64
	}{
		{name: "from the second version", window: map[string]any{"fromTime": t2}, expected: []int64{3, 2}},
		{name: "from just before the second version", window: map[string]any{"fromTime": t2 - 1}, expected: []int64{3, 2, 1}},
		{name: "from the third version", window: map[string]any{"fromTime": t3}, expected: []int64{3}},
		{name: "from the creation", window: map[string]any{"fromTime": t1}, expected: []int64{3, 2, 1}},
		{name: "to the second version", window: map[string]any{"toTime": t2}, expected: []int64{1}},
		{name: "to just after the second version", window: map[string]any{"toTime": t2 + 1}, expected: []int64{2, 1}},
		{name: "to the third version", window: map[string]any{"toTime": t3}, expected: []int64{2, 1}},
		{name: "to just after the creation", window: map[string]any{"toTime": t1 + 1}, expected: []int64{1}},
		{name: "second version only", window: map[string]any{"fromTime": t2, "toTime": t3}, expected: []int64{2}},
		{name: "second version only forwards", window: map[string]any{"fromTime": t2, "toTime": t3, "sequencingOrder": "FORWARDS"},
			expected: []int64{2}},
		{name: "up to now", window: map[string]any{"fromTime": t1, "toTime": nowMillis()}, expected: []int64{3, 2, 1}},
		{name: "empty window between versions", window: map[string]any{"fromTime": t2, "toTime": t2}, expected: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.expected, m.with(t).entityHistoryVersions(guid, historyRange(tt.window)))
		})
	}
}

func TestHistEntityRejectsBadRange(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.termVersions()
	guid := guidOf(versions[0])
	path := entityHistoryPath(guid)
	t1, t3 := updateTimeOf(t, versions[0]), updateTimeOf(t, versions[2])
	unknownGUID := uuid.NewString()

	m.requireRejections([]rejection{
		{"toTime at the creation", path, historyRange(map[string]any{"toTime": t1}), "EntityNotKnownException", []string{guid}},
		{"toTime before the creation", path, historyRange(map[string]any{"fromTime": t1 - 5000, "toTime": t1 - 1}),
			"EntityNotKnownException", []string{guid}},
		{"fromTime after toTime", path, historyRange(map[string]any{"fromTime": t3, "toTime": t1}), "InvalidParameterException", nil},
		{"fromTime in the future", path, historyRange(map[string]any{"fromTime": futureMillis()}), "InvalidParameterException", nil},
		{"toTime in the future", path, historyRange(map[string]any{"fromTime": t1, "toTime": futureMillis()}), "InvalidParameterException", nil},
		{"unknown entity", entityHistoryPath(unknownGUID), historyRange(nil), "EntityNotKnownException", []string{unknownGUID}},
	})
}

func TestHistEntityKeepsSoftDeletedVersion(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.termVersions()
	guid := guidOf(versions[0])
	deleted := m.deleteEntity(versions[2])

	listed := historyList(t, m.post(entityHistoryPath(guid), historyRange(nil)), "entities")

	require.Equal(t, []int64{4, 3, 2, 1}, versionNumbers(t, listed))
	require.Equal(t, "DELETED", listed[0]["status"], "the newest version is the deleted one")
	require.Equal(t, deleted, listed[0])
	require.Equal(t, "ACTIVE", listed[1]["status"])
}

func TestHistEntityAfterPurgeNotKnown(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.termVersions()
	guid := guidOf(versions[0])
	m.purgeEntity(versions[2])

	response := m.post(entityHistoryPath(guid), historyRange(nil))

	require.Equal(t, "EntityListResponse", response["class"])
	requireOMRSException(t, response, "EntityNotKnownException", guid)
}

func TestHistEntityProxyOnly(t *testing.T) {
	m := newMaintEnv(t)
	proxy := m.remoteProxy("GlossaryTerm", uuid.NewString(), newRemoteHome(), uniqueName("proxy"))
	m.addProxy(proxy)
	guid := guidOf(proxy)

	m.requireRejections([]rejection{
		{"history", entityHistoryPath(guid), historyRange(nil), "EntityProxyOnlyException", []string{guid}},
		{"history without body", entityHistoryPath(guid), nil, "EntityProxyOnlyException", []string{guid}},
		{"as of now", "/instances/entity/" + guid + "/history", historyAt(nowMillis()), "EntityProxyOnlyException", []string{guid}},
	})
}
