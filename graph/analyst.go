package graph

import (
	"context"
	"errors"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/sirupsen/logrus"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// MaxAnalystRows is the default and the maximum number of rows that
// ReadOnlyQuery returns.
const MaxAnalystRows = 1000

// defaultAnalystQueryTimeout applies when Config.AnalystQueryTimeout is not
// positive.
const defaultAnalystQueryTimeout = 30 * time.Second

// QueryResult is the outcome of an analyst query. Rows hold only values that
// encoding/json can encode, in the order of Columns.
type QueryResult struct {
	// Columns are the names of the returned columns.
	Columns []string
	// Rows are the returned records, at most the requested number.
	Rows [][]any
	// Truncated is true when the query had more rows than were returned.
	Truncated bool
}

// ReadOnlyQuery runs an analyst's Cypher query against the graph and returns
// at most maxRows rows. A maxRows of 0 means MaxAnalystRows, and larger
// values are capped at it.
//
// The query must not change anything. Neo4j first plans it with EXPLAIN, and
// the query is rejected unless Neo4j reports it as read-only and its plan
// passes checkAnalystPlan. It then runs in a read transaction, where Neo4j
// itself rejects writes, bounded by Config.AnalystQueryTimeout.
//
// Values come back as plain Go values (see jsonValue). Nodes and
// relationships always leave out the repository's internal properties,
// whose keys start with "_". A query that names such a property, or returns
// properties(n), still gets it, because those values are no longer tied to
// a node.
//
// NOTE: when Config.SealKey is empty, the seal key in use is a property of
// the metadata collection node, so an analyst query can read it.
//
// It fails with InvalidParameter for an empty query, a negative maxRows, a
// query that is not read-only, and any query Neo4j rejects as invalid, with
// RepositoryTimeout when the query runs out of time, and with RepositoryError
// otherwise.
func (s *Store) ReadOnlyQuery(ctx context.Context, userID, query string, params map[string]any, maxRows int) (*QueryResult, error) {
	const op = "ReadOnlyQuery"

	if strings.TrimSpace(query) == "" {
		return nil, typesystem.NewError(typesystem.KindInvalidParameter, "query",
			"%s needs a Cypher query, but the query is empty; send one such as MATCH (n) RETURN labels(n) LIMIT 10", op)
	}
	limit, err := analystRowLimit(op, maxRows)
	if err != nil {
		return nil, err
	}

	if err := s.checkAnalystQuery(ctx, query, params); err != nil {
		return nil, err
	}
	result, err := s.runAnalystQuery(ctx, query, params, limit)
	if err != nil {
		return nil, s.analystError(op, err, false)
	}

	s.log.WithFields(logrus.Fields{
		"op":         op,
		"userId":     userID,
		"query":      query,
		"parameters": parameterNames(params),
		"rows":       len(result.Rows),
		"truncated":  result.Truncated,
	}).Debug("analyst query")
	return result, nil
}

// analystRowLimit returns the number of rows to return for maxRows.
func analystRowLimit(op string, maxRows int) (int, error) {
	if maxRows < 0 {
		return 0, typesystem.NewError(typesystem.KindInvalidParameter, "maxRows",
			"%s was given maxRows %d; pass 0 for the default of %d rows or a positive number", op, maxRows, MaxAnalystRows)
	}
	if maxRows == 0 || maxRows > MaxAnalystRows {
		return MaxAnalystRows, nil
	}
	return maxRows, nil
}

// checkAnalystQuery plans the query with EXPLAIN, which does not run it, and
// rejects it unless the plan shows it cannot change anything.
func (s *Store) checkAnalystQuery(ctx context.Context, query string, params map[string]any) error {
	summary, err := s.readTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		result, err := tx.Run(ctx, cypher.Explain(query), params)
		if err != nil {
			return nil, err
		}
		return result.Consume(ctx)
	})
	if err != nil {
		return s.analystError("ReadOnlyQuery", err, true)
	}
	resultSummary, ok := summary.(neo4j.ResultSummary)
	if !ok {
		return typesystem.NewError(typesystem.KindRepositoryError, "",
			"ReadOnlyQuery got no result summary from Neo4j for EXPLAIN, so the query could not be checked and did not run")
	}
	// The plan goes first because its messages are more specific: Neo4j
	// classifies a call of a DBMS procedure such as dbms.components() as a
	// schema write, for example.
	if err := checkAnalystPlan(resultSummary.Plan()); err != nil {
		return err
	}
	return checkStatementType(resultSummary.StatementType())
}

// runAnalystQuery runs the checked query in a read transaction with the
// analyst timeout and keeps the first limit rows.
func (s *Store) runAnalystQuery(ctx context.Context, query string, params map[string]any, limit int) (*QueryResult, error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeRead})
	result, err := session.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collectRows(ctx, tx, query, params, limit)
	}, neo4j.WithTxTimeout(s.analystTimeout()))
	err = errors.Join(err, session.Close(ctx))
	if err != nil {
		return nil, err
	}
	return result.(*QueryResult), nil
}

// collectRows reads up to limit records and one more to learn whether the
// result was truncated. The driver discards the records left unread when
// the transaction commits, so a large result is not fetched in full.
func collectRows(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any, limit int) (*QueryResult, error) {
	records, err := tx.Run(ctx, query, params)
	if err != nil {
		return nil, err
	}
	columns, err := records.Keys()
	if err != nil {
		return nil, err
	}

	result := &QueryResult{Columns: columns, Rows: [][]any{}}
	for records.Next(ctx) {
		if len(result.Rows) == limit {
			result.Truncated = true
			break
		}
		values := records.Record().Values
		row := make([]any, len(values))
		for i, value := range values {
			row[i] = jsonValue(value)
		}
		result.Rows = append(result.Rows, row)
	}
	if err := records.Err(); err != nil {
		return nil, err
	}
	return result, nil
}

func (s *Store) analystTimeout() time.Duration {
	if s.cfg.AnalystQueryTimeout > 0 {
		return s.cfg.AnalystQueryTimeout
	}
	return defaultAnalystQueryTimeout
}

// parameterNames returns the sorted names of params, for log lines that
// must not show the values.
func parameterNames(params map[string]any) []string {
	names := make([]string, 0, len(params))
	for name := range params {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}
