package graph

import "github.com/omrs-neo4j/omrs-neo4j/typesystem"

// notBuilt reports an operation whose implementation has not landed yet.
func notBuilt(op string) error {
	return typesystem.NewError(typesystem.KindFunctionNotSupported, "",
		"%s is not supported by this repository yet", op)
}
