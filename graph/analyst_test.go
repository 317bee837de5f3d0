package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/stretchr/testify/require"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// fakePlan is a plan operator as the driver reports it from EXPLAIN.
type fakePlan struct {
	operator  string
	arguments map[string]any
	children  []neo4j.Plan
}

func (p fakePlan) Operator() string          { return p.operator }
func (p fakePlan) Arguments() map[string]any { return p.arguments }
func (p fakePlan) Identifiers() []string     { return nil }
func (p fakePlan) Children() []neo4j.Plan    { return p.children }

// procedureCall is a ProcedureCall operator as Neo4j 5.26 reports it.
func procedureCall(signature string) fakePlan {
	return fakePlan{operator: "ProcedureCall@neo4j", arguments: map[string]any{"Details": signature}}
}

// underResults puts an operator below ProduceResults, as in every plan of a
// query that returns rows.
func underResults(children ...neo4j.Plan) fakePlan {
	return fakePlan{operator: "ProduceResults@neo4j", children: children}
}

func requireInvalidQuery(t *testing.T, err error, contains string) {
	t.Helper()
	require.Error(t, err)
	var omrsErr *typesystem.Error
	require.True(t, errors.As(err, &omrsErr), "error %v is not a *typesystem.Error", err)
	require.Equal(t, typesystem.KindInvalidParameter, omrsErr.Kind, "error: %v", err)
	require.Equal(t, "query", omrsErr.ParameterName)
	require.Contains(t, omrsErr.Message, contains)
}

func TestCheckStatementType(t *testing.T) {
	tests := []struct {
		name          string
		statementType neo4j.StatementType
		wantMessage   string // empty when the type is accepted
	}{
		{name: "read-only accepted", statementType: neo4j.StatementTypeReadOnly},
		{name: "read-write rejected", statementType: neo4j.StatementTypeReadWrite, wantMessage: "read-write statement"},
		{name: "write-only rejected", statementType: neo4j.StatementTypeWriteOnly, wantMessage: "write-only statement"},
		{name: "schema-write rejected", statementType: neo4j.StatementTypeSchemaWrite, wantMessage: "schema-write statement"},
		{name: "unknown rejected", statementType: neo4j.StatementTypeUnknown, wantMessage: "unknown type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkStatementType(tt.statementType)

			if tt.wantMessage == "" {
				require.NoError(t, err)
				return
			}
			requireInvalidQuery(t, err, tt.wantMessage)
			require.Contains(t, err.Error(), "only read-only Cypher is allowed")
		})
	}
}

func TestCheckAnalystPlan(t *testing.T) {
	tests := []struct {
		name        string
		plan        neo4j.Plan
		wantMessage string // empty when the plan is accepted
	}{
		{
			name: "match accepted",
			plan: underResults(fakePlan{operator: "Limit@neo4j", children: []neo4j.Plan{fakePlan{operator: "AllNodesScan@neo4j"}}}),
		},
		{name: "db.labels accepted", plan: underResults(procedureCall("db.labels() :: (label :: STRING)"))},
		{
			name: "fulltext query accepted",
			plan: underResults(procedureCall("db.index.fulltext.queryNodes($autostring_0, $autostring_1) :: (node :: NODE, score :: FLOAT)")),
		},
		{name: "backticked name accepted", plan: underResults(procedureCall("`db`.`propertyKeys`() :: (propertyKey :: STRING)"))},
		{name: "show indexes accepted", plan: underResults(fakePlan{operator: "ShowIndexes@neo4j"})},
		{name: "load csv rejected", plan: underResults(fakePlan{operator: "LoadCSV@neo4j"}), wantMessage: "LOAD CSV"},
		{
			name:        "load csv deep in plan rejected",
			plan:        underResults(fakePlan{operator: "Apply@neo4j", children: []neo4j.Plan{fakePlan{operator: "Argument@neo4j"}, fakePlan{operator: "LoadCSV@neo4j"}}}),
			wantMessage: "LOAD CSV",
		},
		{
			name:        "dbms.components rejected",
			plan:        underResults(procedureCall("dbms.components() :: (name :: STRING, versions :: LIST<STRING>, edition :: STRING)")),
			wantMessage: `procedure "dbms.components"`,
		},
		{
			name:        "procedure without details rejected",
			plan:        underResults(fakePlan{operator: "ProcedureCall@neo4j"}),
			wantMessage: `procedure ""`,
		},
		{
			name:        "procedure with allowed prefix rejected",
			plan:        underResults(procedureCall("db.labelsAndMore() :: (label :: STRING)")),
			wantMessage: `procedure "db.labelsAndMore"`,
		},
		{name: "show transactions rejected", plan: underResults(fakePlan{operator: "ShowTransactions@neo4j"}), wantMessage: "ShowTransactions"},
		{name: "show settings rejected", plan: underResults(fakePlan{operator: "ShowSettings@neo4j"}), wantMessage: "ShowSettings"},
		{
			name:        "in transactions rejected",
			plan:        underResults(fakePlan{operator: "TransactionApply@neo4j", children: []neo4j.Plan{fakePlan{operator: "Argument@neo4j"}}}),
			wantMessage: "IN TRANSACTIONS",
		},
		{name: "terminate transactions rejected", plan: underResults(fakePlan{operator: "TerminateTransactions@neo4j"}), wantMessage: "TerminateTransactions"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkAnalystPlan(tt.plan)

			if tt.wantMessage == "" {
				require.NoError(t, err)
				return
			}
			requireInvalidQuery(t, err, tt.wantMessage)
		})
	}
}

func TestCheckAnalystPlanWithoutPlan(t *testing.T) {
	err := checkAnalystPlan(nil)

	require.True(t, typesystem.IsKind(err, typesystem.KindRepositoryError), "error: %v", err)
	require.Contains(t, err.Error(), "did not run")
}

func TestAnalystRowLimit(t *testing.T) {
	tests := []struct {
		name    string
		maxRows int
		want    int
	}{
		{name: "zero means default", maxRows: 0, want: MaxAnalystRows},
		{name: "small value kept", maxRows: 5, want: 5},
		{name: "cap kept", maxRows: MaxAnalystRows, want: MaxAnalystRows},
		{name: "larger value capped", maxRows: MaxAnalystRows + 1, want: MaxAnalystRows},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := analystRowLimit("ReadOnlyQuery", tt.maxRows)

			require.NoError(t, err)
			require.Equal(t, tt.want, got)
		})
	}
}

func TestReadOnlyQueryRejectsBadArguments(t *testing.T) {
	tests := []struct {
		name          string
		query         string
		maxRows       int
		wantParameter string
		wantMessage   string
	}{
		{name: "empty query", query: "", wantParameter: "query", wantMessage: "the query is empty"},
		{name: "blank query", query: " \n\t", wantParameter: "query", wantMessage: "the query is empty"},
		{name: "negative maxRows", query: "RETURN 1", maxRows: -1, wantParameter: "maxRows", wantMessage: "maxRows -1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Both checks run before the store touches Neo4j, so a store
			// without a driver is enough.
			_, err := testStore().ReadOnlyQuery(context.Background(), "analyst", tt.query, nil, tt.maxRows)

			var omrsErr *typesystem.Error
			require.True(t, errors.As(err, &omrsErr), "error %v is not a *typesystem.Error", err)
			require.Equal(t, typesystem.KindInvalidParameter, omrsErr.Kind)
			require.Equal(t, tt.wantParameter, omrsErr.ParameterName)
			require.Contains(t, omrsErr.Message, tt.wantMessage)
		})
	}
}

func TestAnalystError(t *testing.T) {
	syntaxErr := &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "Invalid input '': expected an expression (line 1, column 29 (offset: 28))"}
	timeoutErr := &neo4j.Neo4jError{Code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", Msg: "The transaction has been terminated."}
	tests := []struct {
		name        string
		err         error
		explained   bool
		wantKind    typesystem.Kind
		wantMessage []string
	}{
		{
			name: "syntax error in check", err: syntaxErr, explained: true, wantKind: typesystem.KindInvalidParameter,
			wantMessage: []string{"Neo.ClientError.Statement.SyntaxError", "column 29", `8 characters of the "EXPLAIN" prefix`},
		},
		{
			name: "wrapped syntax error in check", err: fmt.Errorf("run query: %w", syntaxErr), explained: true,
			wantKind: typesystem.KindInvalidParameter, wantMessage: []string{"Neo.ClientError.Statement.SyntaxError"},
		},
		{
			name:     "runtime statement error",
			err:      &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.ArithmeticError", Msg: "/ by zero"},
			wantKind: typesystem.KindInvalidParameter, wantMessage: []string{"/ by zero"},
		},
		{
			name:     "unknown procedure",
			err:      &neo4j.Neo4jError{Code: "Neo.ClientError.Procedure.ProcedureNotFound", Msg: "There is no procedure with the name `x.y`"},
			wantKind: typesystem.KindInvalidParameter, wantMessage: []string{"x.y"},
		},
		{
			name: "timeout", err: timeoutErr, wantKind: typesystem.KindRepositoryTimeout,
			wantMessage: []string{"analyst query timeout of 30s", "add a LIMIT"},
		},
		{
			name:     "other Neo4j error",
			err:      &neo4j.Neo4jError{Code: "Neo.DatabaseError.General.UnknownError", Msg: "boom"},
			wantKind: typesystem.KindRepositoryError, wantMessage: []string{"Neo.DatabaseError.General.UnknownError"},
		},
		{name: "plain error", err: errors.New("connection reset"), wantKind: typesystem.KindRepositoryError, wantMessage: []string{"ReadOnlyQuery"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := testStore().analystError("ReadOnlyQuery", tt.err, tt.explained)

			var omrsErr *typesystem.Error
			require.True(t, errors.As(err, &omrsErr), "error %v is not a *typesystem.Error", err)
			require.Equal(t, tt.wantKind, omrsErr.Kind, "error: %v", err)
			for _, want := range tt.wantMessage {
				require.Contains(t, omrsErr.Message, want)
			}
			if !tt.explained {
				require.NotContains(t, omrsErr.Message, "prefix")
			}
		})
	}
}

func TestJSONValueConvertsGraphValues(t *testing.T) {
	node := neo4j.Node{
		ElementId: "4:db:1",
		Labels:    []string{"Asset"},
		Props:     map[string]any{"qualifiedName": "sales", "_instance": "{}", "_seal": "abc", "_proxy": false, "_order": int64(1)},
	}
	other := neo4j.Node{ElementId: "4:db:2", Props: map[string]any{}}
	relationship := neo4j.Relationship{
		ElementId: "5:db:9", Type: "AssetSchemaType", StartElementId: "4:db:1", EndElementId: "4:db:2",
		Props: map[string]any{"guid": "r1", "_instance": "{}"},
	}

	wantNode := map[string]any{"elementId": "4:db:1", "labels": []string{"Asset"}, "properties": map[string]any{"qualifiedName": "sales"}}
	wantOther := map[string]any{"elementId": "4:db:2", "labels": []string{}, "properties": map[string]any{}}
	wantRelationship := map[string]any{
		"elementId": "5:db:9", "type": "AssetSchemaType", "startElementId": "4:db:1", "endElementId": "4:db:2",
		"properties": map[string]any{"guid": "r1"},
	}
	require.Equal(t, wantNode, jsonValue(node))
	require.Equal(t, wantOther, jsonValue(other))
	require.Equal(t, wantRelationship, jsonValue(relationship))
	require.Equal(t,
		map[string]any{"nodes": []any{wantNode, wantOther}, "relationships": []any{wantRelationship}},
		jsonValue(neo4j.Path{Nodes: []neo4j.Node{node, other}, Relationships: []neo4j.Relationship{relationship}}))
	require.Equal(t, []any{wantNode, int64(3)}, jsonValue([]any{node, int64(3)}))
	require.Equal(t, map[string]any{"n": wantNode, "_kept": "in plain maps"}, jsonValue(map[string]any{"n": node, "_kept": "in plain maps"}))
}

func TestJSONValueConvertsScalars(t *testing.T) {
	cet := time.FixedZone("CET", 3600)
	tests := []struct {
		name  string
		value any
		want  any
	}{
		{name: "nil", value: nil, want: nil},
		{name: "string", value: "text", want: "text"},
		{name: "integer", value: int64(42), want: int64(42)},
		{name: "float", value: 1.5, want: 1.5},
		{name: "NaN", value: math.NaN(), want: "NaN"},
		{name: "positive infinity", value: math.Inf(1), want: "Infinity"},
		{name: "negative infinity", value: math.Inf(-1), want: "-Infinity"},
		{name: "datetime", value: time.Date(2024, 1, 2, 3, 4, 5, 123000000, cet), want: "2024-01-02T03:04:05.123+01:00"},
		{name: "date", value: neo4j.DateOf(time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)), want: "2024-01-02"},
		{name: "local datetime", value: neo4j.LocalDateTime(time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)), want: "2024-01-02T03:04:05"},
		{name: "local time", value: neo4j.LocalTime(time.Date(0, 1, 1, 3, 4, 5, 0, time.UTC)), want: "03:04:05"},
		{name: "offset time", value: neo4j.Time(time.Date(0, 1, 1, 3, 4, 5, 0, cet)), want: "03:04:05+01:00"},
		{name: "duration", value: neo4j.DurationOf(0, 1, 7200, 0), want: "P0M1DT7200S"},
		{name: "2D point", value: neo4j.Point2D{SpatialRefId: 7203, X: 1, Y: 2}, want: map[string]any{"srid": uint32(7203), "x": 1.0, "y": 2.0}},
		{
			name:  "3D point",
			value: neo4j.Point3D{SpatialRefId: 4979, X: 2, Y: 1, Z: 3},
			want:  map[string]any{"srid": uint32(4979), "x": 2.0, "y": 1.0, "z": 3.0},
		},
		{name: "list of floats", value: []any{math.Inf(1), 2.0}, want: []any{"Infinity", 2.0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := jsonValue(tt.value)

			require.Equal(t, tt.want, got)
			_, err := json.Marshal(got)
			require.NoError(t, err)
		})
	}
}
