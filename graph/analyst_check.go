package graph

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// analystProcedures are the procedures an analyst query may call. Each only
// reads the graph or its schema.
var analystProcedures = map[string]bool{
	"db.labels":                            true,
	"db.relationshipTypes":                 true,
	"db.propertyKeys":                      true,
	"db.schema.visualization":              true,
	"db.index.fulltext.queryNodes":         true,
	"db.index.fulltext.queryRelationships": true,
}

// analystCommands are the SHOW commands an analyst query may run, by plan
// operator. Neo4j 5.26 reports every SHOW and TERMINATE command as read-only.
// But SHOW TRANSACTIONS lists other sessions' queries, SHOW SETTINGS lists
// the server configuration, and TERMINATE TRANSACTIONS ends other sessions'
// work. So only the commands that describe the schema and the callable
// procedures and functions are allowed.
var analystCommands = map[string]bool{
	"ShowIndexes":     true,
	"ShowConstraints": true,
	"ShowProcedures":  true,
	"ShowFunctions":   true,
}

// Neo4j error codes of a transaction that ran past its timeout. The first is
// used when the client set the timeout, as ReadOnlyQuery does.
var transactionTimeoutCodes = map[string]bool{
	"Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration": true,
	"Neo.ClientError.Transaction.TransactionTimedOut":                    true,
}

// checkStatementType rejects every statement type except read-only.
func checkStatementType(statementType neo4j.StatementType) error {
	var kind string
	switch statementType {
	case neo4j.StatementTypeReadOnly:
		return nil
	case neo4j.StatementTypeReadWrite:
		kind = "a read-write statement"
	case neo4j.StatementTypeWriteOnly:
		kind = "a write-only statement"
	case neo4j.StatementTypeSchemaWrite:
		kind = "a schema-write statement (Neo4j reports schema and administration commands as such)"
	default:
		kind = "a statement of unknown type"
	}
	return notReadOnly("Neo4j classifies the query as %s, but only read-only Cypher is allowed here; "+
		"remove CREATE, MERGE, SET, REMOVE, DELETE, FOREACH and schema or administration commands", kind)
}

// checkAnalystPlan walks every operator of an EXPLAIN plan and rejects
// LOAD CSV, procedure calls outside analystProcedures, commands outside
// analystCommands, and CALL { ... } IN TRANSACTIONS. A missing plan is rejected too, because then nothing can
// be checked.
func checkAnalystPlan(plan neo4j.Plan) error {
	if plan == nil {
		return typesystem.NewError(typesystem.KindRepositoryError, "",
			"Neo4j returned no plan for EXPLAIN, so the query could not be checked and did not run")
	}
	pending := []neo4j.Plan{plan}
	for len(pending) > 0 {
		current := pending[len(pending)-1]
		pending = pending[:len(pending)-1]
		if err := checkOperator(current); err != nil {
			return err
		}
		pending = append(pending, current.Children()...)
	}
	return nil
}

// checkOperator checks one plan operator. Neo4j 5.26 names operators with
// the database after an "@", such as "ProcedureCall@neo4j", and puts the
// called procedure first in the Details argument, such as
// "db.labels() :: (label :: STRING)".
func checkOperator(plan neo4j.Plan) error {
	operator, _, _ := strings.Cut(plan.Operator(), "@")
	switch {
	case operator == "LoadCSV":
		return notReadOnly("The query uses LOAD CSV, which reads files and URLs through the Neo4j server; " +
			"it is not allowed here, so query the graph instead")
	case strings.Contains(operator, "ProcedureCall"):
		procedure := procedureName(plan.Arguments())
		if !analystProcedures[procedure] {
			return notReadOnly("The query calls procedure %q, which is not allowed here; the procedures allowed are %s",
				procedure, allowedNames(analystProcedures))
		}
	case operator == "TransactionApply" || operator == "TransactionForeach":
		// Neo4j runs CALL { ... } IN TRANSACTIONS only in an implicit
		// transaction and fails it in the managed one ReadOnlyQuery uses.
		return notReadOnly("The query uses CALL { ... } IN TRANSACTIONS, which analyst queries cannot use " +
			"because they run in one read transaction; remove IN TRANSACTIONS")
	case strings.HasPrefix(operator, "Show") || strings.HasPrefix(operator, "Terminate"):
		if !analystCommands[operator] {
			return notReadOnly("The query runs the command %s, which is not allowed here; "+
				"only SHOW INDEXES, SHOW CONSTRAINTS, SHOW PROCEDURES and SHOW FUNCTIONS are allowed", operator)
		}
	}
	return nil
}

// procedureName returns the procedure a ProcedureCall operator calls, or ""
// when the plan does not name it.
func procedureName(arguments map[string]any) string {
	details, _ := arguments["Details"].(string)
	name, _, _ := strings.Cut(details, "(")
	return strings.ReplaceAll(strings.TrimSpace(name), "`", "")
}

func allowedNames(allowed map[string]bool) string {
	names := make([]string, 0, len(allowed))
	for name := range allowed {
		names = append(names, name)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

func notReadOnly(format string, args ...any) *typesystem.Error {
	err := typesystem.NewError(typesystem.KindInvalidParameter, "query", format, args...)
	err.UserAction = "Send a query that only reads the graph. Reference copies and other instances change only through the OMRS API."
	return err
}

// analystError turns a failure of an analyst query into an OMRS error.
// Errors Neo4j reports against the query itself become InvalidParameter
// with Neo4j's message, a timeout becomes RepositoryTimeout, and anything
// else goes through storeError. explained is true for failures of the
// EXPLAIN check, whose positions include the EXPLAIN prefix.
func (s *Store) analystError(op string, err error, explained bool) error {
	var neo4jErr *neo4j.Neo4jError
	if !errors.As(err, &neo4jErr) {
		return storeError(op, err)
	}

	code := neo4jErr.Code
	switch {
	case transactionTimeoutCodes[code]:
		return typesystem.WrapError(typesystem.KindRepositoryTimeout, err, "",
			"The query ran longer than the analyst query timeout of %s, so Neo4j ended it; "+
				"add a LIMIT or narrow the MATCH, or ask the administrator for a longer timeout", s.analystTimeout())
	case strings.HasPrefix(code, "Neo.ClientError.Statement."), strings.HasPrefix(code, "Neo.ClientError.Procedure."):
		message := fmt.Sprintf("Neo4j rejected the query with %s: %s", code, strings.TrimSpace(neo4jErr.Msg))
		if explained {
			message += fmt.Sprintf(" (offsets, and columns on line 1, count the %d characters of the %q prefix that was added to check the query)",
				len(cypher.ExplainPrefix), strings.TrimSpace(cypher.ExplainPrefix))
		}
		invalid := typesystem.WrapError(typesystem.KindInvalidParameter, err, "query", "%s", message)
		invalid.UserAction = "Correct the query and retry."
		return invalid
	}
	return storeError(op, err)
}
