package graph

import (
	"context"
	"fmt"
	"math"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// forever is the end of the current version's validity.
const forever = math.MaxInt64

// span is the validity of one version: from its start (inclusive) to the
// next version's start (exclusive).
type span struct {
	from, to int64
}

// contains reports whether the version was valid at t.
func (s span) contains(t int64) bool { return s.from <= t && t < s.to }

// startOf returns when the version with header h became valid: its update
// time, or its create time for a first version.
func startOf(h *typesystem.InstanceAuditHeader) int64 {
	switch {
	case h.UpdateTime != nil:
		return int64(*h.UpdateTime)
	case h.CreateTime != nil:
		return int64(*h.CreateTime)
	}
	return 0
}

// storedVersion is one earlier version read from a version node.
type storedVersion struct {
	span
	order      int64
	end1, end2 string
	instance   string
}

// readVersions runs a version statement for guid and returns its rows in
// statement order.
func readVersions(ctx context.Context, tx neo4j.ManagedTransaction, statement, guid string) ([]storedVersion, error) {
	records, err := tx.Run(ctx, statement, map[string]any{"guid": guid})
	if err != nil {
		return nil, err
	}
	all, err := records.Collect(ctx)
	if err != nil {
		return nil, err
	}
	versions := make([]storedVersion, 0, len(all))
	for _, record := range all {
		var version storedVersion
		values := record.AsMap()
		version.from, _ = values["validFrom"].(int64)
		version.to, _ = values["validTo"].(int64)
		version.order, _ = values["order"].(int64)
		version.end1, _ = values["end1"].(string)
		version.end2, _ = values["end2"].(string)
		version.instance, _ = values["instance"].(string)
		if version.instance == "" {
			return nil, fmt.Errorf("version of %s has no stored instance", guid)
		}
		versions = append(versions, version)
	}
	return versions, nil
}

// historyWindow is a validated history request: versions overlapping
// [from, to), in the requested order, paged.
type historyWindow struct {
	from, to      int64
	bounded       bool // a toTime was given
	backwards     bool
	offset, limit int
}

// historyWindowOf validates a history request. It returns the window to
// apply, or an error for times in the future, a reversed range or bad
// paging.
func (s *Store) historyWindowOf(op string, request *typesystem.HistoryRangeRequest) (historyWindow, error) {
	window := historyWindow{from: math.MinInt64, to: forever, backwards: true}
	if request == nil {
		request = &typesystem.HistoryRangeRequest{}
	}
	now := s.now()
	for name, value := range map[string]*typesystem.Millis{"fromTime": request.FromTime, "toTime": request.ToTime} {
		if value != nil && int64(*value) > now {
			return window, typesystem.NewError(typesystem.KindInvalidParameter, name,
				"%s was given %s %s, which is in the future; pass a past time or none", op, name, value.String())
		}
	}
	if request.FromTime != nil {
		window.from = int64(*request.FromTime)
	}
	if request.ToTime != nil {
		window.to = int64(*request.ToTime)
		window.bounded = true
	}
	if window.from > window.to {
		return window, typesystem.NewError(typesystem.KindInvalidParameter, "fromTime",
			"%s was given fromTime %s after toTime %s; pass a range that starts before it ends", op, request.FromTime.String(), request.ToTime.String())
	}
	window.backwards = request.SequencingOrder != typesystem.HistoryForwards
	limit, err := s.checkPaging(op, request.Offset, request.PageSize)
	if err != nil {
		return window, err
	}
	window.offset, window.limit = request.Offset, limit
	return window, nil
}

// pick returns the positions, in spans, of the versions the window selects,
// in the window's order and page, and whether any version started before
// the window's end.
func (w historyWindow) pick(spans []span) ([]int, bool) {
	var chosen []int
	startedBefore := false
	for i, version := range spans {
		if version.from < w.to {
			startedBefore = true
			if version.to > w.from || (version.to == version.from && version.from >= w.from) {
				chosen = append(chosen, i)
			}
		}
	}
	if w.backwards {
		sort.SliceStable(chosen, func(a, b int) bool { return chosen[a] > chosen[b] })
	}
	if w.offset >= len(chosen) {
		return nil, startedBefore
	}
	chosen = chosen[w.offset:]
	if w.limit > 0 && len(chosen) > w.limit {
		chosen = chosen[:w.limit]
	}
	return chosen, startedBefore
}

// latestAt returns the position of the version valid at t: the one with the
// greatest start at or before t, and of those the last (highest version).
// It returns -1 when none was valid.
func latestAt(spans []span, t int64) int {
	found := -1
	for i, version := range spans {
		if version.contains(t) || (version.from <= t && version.from == version.to && found < 0) {
			found = i
		}
	}
	return found
}

// readVersionsOf is readVersions in its own read transaction.
func (s *Store) readVersionsOf(ctx context.Context, statement, guid string) ([]storedVersion, error) {
	result, err := s.readTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return readVersions(ctx, tx, statement, guid)
	})
	if err != nil {
		return nil, err
	}
	return result.([]storedVersion), nil
}
