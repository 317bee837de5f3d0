package handlers

import (
	"context"

	"github.com/omrs-neo4j/omrs-neo4j/graph"
)

// Queries for which the stub returns a special result. Any other query gets
// stubQueryResult.
const (
	stubQueryNoRows    = "RETURN 1 LIMIT 0"
	stubQueryNilResult = "RETURN 'nil result'"
)

func stubQueryResult() *graph.QueryResult {
	return &graph.QueryResult{
		Columns:   []string{"n", "count"},
		Rows:      [][]any{{map[string]any{"elementId": "4:db:1", "labels": []string{"Asset"}}, int64(2)}},
		Truncated: true,
	}
}

func (r *stubRepository) ReadOnlyQuery(ctx context.Context, userID, query string, params map[string]any, maxRows int) (*graph.QueryResult, error) {
	if err := r.capture(ctx, "ReadOnlyQuery", userID, query, params, maxRows); err != nil {
		return nil, err
	}
	if r.panicOnCall {
		panic("stub repository panics on purpose")
	}
	switch query {
	case stubQueryNoRows:
		return &graph.QueryResult{}, nil
	case stubQueryNilResult:
		return nil, nil
	}
	return stubQueryResult(), nil
}
