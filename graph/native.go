package graph

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// headerKeys are the native property names of header fields. An attribute
// with one of these names is stored natively under attributePrefix+name.
var headerKeys = map[string]bool{
	"guid": true, "typeName": true, "typeGUID": true, "typeDefVersion": true, "version": true,
	"status": true, "statusOnDelete": true, "metadataCollectionId": true, "metadataCollectionName": true,
	"instanceProvenanceType": true, "replicatedBy": true, "instanceLicense": true,
	"createdBy": true, "updatedBy": true, "maintainedBy": true, "createTime": true, "updateTime": true,
	"lastRequestId": true, "reIdentifiedFromGUID": true, "effectiveFromTime": true, "effectiveToTime": true,
	"name": true, "classificationOrigin": true, "classificationOriginGUID": true, "entityGUID": true,
	cypher.PropInstance: true, cypher.PropProxy: true, cypher.PropOrder: true,
}

// attributePrefix marks the native key of an attribute whose name is taken by
// a header field.
const attributePrefix = "attribute_"

// nativeKey returns the Neo4j property key that holds attribute name.
func nativeKey(name string) string {
	if headerKeys[name] {
		return attributePrefix + name
	}
	return name
}

// addAttributes adds the native copy of every attribute value in props to
// native. Values with no native form are skipped: _instance keeps them.
// Names that cannot be property keys are skipped too; the type system only
// accepts attribute names that can.
func addAttributes(native map[string]any, props *typesystem.InstanceProperties) {
	if props == nil {
		return
	}
	if props.EffectiveFromTime != nil {
		native["effectiveFromTime"] = int64(*props.EffectiveFromTime)
	}
	if props.EffectiveToTime != nil {
		native["effectiveToTime"] = int64(*props.EffectiveToTime)
	}
	for name, value := range props.Values {
		if !cypher.IsPlainName(name) {
			continue
		}
		if converted, ok := nativeValue(value); ok {
			native[nativeKey(name)] = converted
		}
	}
}

// nativeValue converts one property value to the Neo4j value stored for it:
// primitives as themselves, enums as their symbolic name, arrays of one
// primitive kind as lists, and every other value as JSON text of its plain
// values.
func nativeValue(value *typesystem.PropertyValue) (any, bool) {
	if value == nil {
		return nil, false
	}
	switch value.Category {
	case typesystem.PropertyCategoryPrimitive:
		return nativePrimitive(value.PrimitiveValue)
	case typesystem.PropertyCategoryEnum:
		if value.SymbolicName != "" {
			return value.SymbolicName, true
		}
		if value.Ordinal != nil {
			return int64(*value.Ordinal), true
		}
		return nil, false
	case typesystem.PropertyCategoryArray:
		if list, ok := primitiveList(value); ok {
			return list, true
		}
	}
	plain := plainValue(value)
	if plain == nil {
		return nil, false
	}
	text, err := json.Marshal(plain)
	if err != nil {
		return nil, false
	}
	return string(text), true
}

// nativePrimitive converts a decoded primitive to a Neo4j value. Big numbers
// stay exact as decimal text because Neo4j has no arbitrary-precision type.
func nativePrimitive(v any) (any, bool) {
	switch x := v.(type) {
	case nil:
		return nil, false
	case string, bool, int64, float64:
		return x, true
	case int:
		return int64(x), true
	case int32:
		return int64(x), true
	case int16:
		return int64(x), true
	case int8:
		return int64(x), true
	case float32:
		return float64(x), true
	case typesystem.Millis:
		return int64(x), true
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i, true
		}
		return x.String(), true
	case *big.Int:
		return x.String(), true
	case fmt.Stringer:
		return x.String(), true
	}
	return nil, false
}

// primitiveList returns an array of primitives of one Neo4j kind as a list.
// Neo4j lists are homogeneous and cannot hold nulls, so any other array is
// refused.
func primitiveList(value *typesystem.PropertyValue) ([]any, bool) {
	elements := value.Elements()
	if len(elements) == 0 {
		return nil, false
	}
	list := make([]any, 0, len(elements))
	var kind string
	for _, element := range elements {
		if element == nil || element.Category != typesystem.PropertyCategoryPrimitive {
			return nil, false
		}
		converted, ok := nativePrimitive(element.PrimitiveValue)
		if !ok {
			return nil, false
		}
		elementKind := fmt.Sprintf("%T", converted)
		if kind != "" && elementKind != kind {
			return nil, false
		}
		kind = elementKind
		list = append(list, converted)
	}
	return list, true
}

// plainValue returns the value without OMRS metadata: primitives as
// themselves, enums as symbolic names, arrays as lists, maps and structs as
// maps.
func plainValue(value *typesystem.PropertyValue) any {
	if value == nil {
		return nil
	}
	switch value.Category {
	case typesystem.PropertyCategoryPrimitive:
		converted, _ := nativePrimitive(value.PrimitiveValue)
		return converted
	case typesystem.PropertyCategoryEnum:
		return value.SymbolicName
	case typesystem.PropertyCategoryArray:
		elements := value.Elements()
		list := make([]any, 0, len(elements))
		for _, element := range elements {
			list = append(list, plainValue(element))
		}
		return list
	case typesystem.PropertyCategoryMap:
		return plainMap(value.MapValues)
	case typesystem.PropertyCategoryStruct:
		return plainMap(value.Attributes)
	}
	return nil
}

func plainMap(props *typesystem.InstanceProperties) map[string]any {
	out := map[string]any{}
	if props == nil {
		return out
	}
	for name, value := range props.Values {
		out[name] = plainValue(value)
	}
	return out
}
