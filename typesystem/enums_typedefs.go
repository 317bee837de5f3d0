package typesystem

import "reflect"

// TypeDefCategory is the kind of a TypeDef.
type TypeDefCategory string

// TypeDefCategory constants.
const (
	CategoryUnknownDef        TypeDefCategory = "UNKNOWN_DEF"
	CategoryClassificationDef TypeDefCategory = "CLASSIFICATION_DEF"
	CategoryEntityDef         TypeDefCategory = "ENTITY_DEF"
	CategoryRelationshipDef   TypeDefCategory = "RELATIONSHIP_DEF"
)

var typeDefCategoryTable = newEnumTable("TypeDefCategory",
	CategoryUnknownDef, 0, CategoryClassificationDef, 5, CategoryEntityDef, 6, CategoryRelationshipDef, 8)

// Valid reports whether c is a TypeDefCategory constant.
func (c TypeDefCategory) Valid() bool { return typeDefCategoryTable.valid(string(c)) }

// Ordinal returns Egeria's ordinal for c, or -1.
func (c TypeDefCategory) Ordinal() int { return typeDefCategoryTable.ordinal(string(c)) }

// UnmarshalJSON implements json.Unmarshaler.
func (c *TypeDefCategory) UnmarshalJSON(data []byte) error {
	v, err := typeDefCategoryTable.decode(data, reflect.TypeOf(*c))
	if v != "" {
		*c = TypeDefCategory(v)
	}
	return err
}

// AttributeTypeDefCategory is the kind of an AttributeTypeDef.
type AttributeTypeDefCategory string

// AttributeTypeDefCategory constants.
const (
	AttributeCategoryUnknownDef AttributeTypeDefCategory = "UNKNOWN_DEF"
	AttributeCategoryPrimitive  AttributeTypeDefCategory = "PRIMITIVE"
	AttributeCategoryCollection AttributeTypeDefCategory = "COLLECTION"
	AttributeCategoryEnumDef    AttributeTypeDefCategory = "ENUM_DEF"
)

var attributeTypeDefCategoryTable = newEnumTable("AttributeTypeDefCategory",
	AttributeCategoryUnknownDef, 0, AttributeCategoryPrimitive, 1, AttributeCategoryCollection, 2,
	AttributeCategoryEnumDef, 4)

// Valid reports whether c is an AttributeTypeDefCategory constant.
func (c AttributeTypeDefCategory) Valid() bool { return attributeTypeDefCategoryTable.valid(string(c)) }

// Ordinal returns Egeria's ordinal for c, or -1.
func (c AttributeTypeDefCategory) Ordinal() int {
	return attributeTypeDefCategoryTable.ordinal(string(c))
}

// UnmarshalJSON implements json.Unmarshaler.
func (c *AttributeTypeDefCategory) UnmarshalJSON(data []byte) error {
	v, err := attributeTypeDefCategoryTable.decode(data, reflect.TypeOf(*c))
	if v != "" {
		*c = AttributeTypeDefCategory(v)
	}
	return err
}

// PrimitiveDefCategory is the Java type of a primitive attribute or property
// value.
type PrimitiveDefCategory string

// PrimitiveDefCategory constants.
const (
	PrimitiveUnknown    PrimitiveDefCategory = "OM_PRIMITIVE_TYPE_UNKNOWN"
	PrimitiveBoolean    PrimitiveDefCategory = "OM_PRIMITIVE_TYPE_BOOLEAN"
	PrimitiveByte       PrimitiveDefCategory = "OM_PRIMITIVE_TYPE_BYTE"
	PrimitiveChar       PrimitiveDefCategory = "OM_PRIMITIVE_TYPE_CHAR"
	PrimitiveShort      PrimitiveDefCategory = "OM_PRIMITIVE_TYPE_SHORT"
	PrimitiveInt        PrimitiveDefCategory = "OM_PRIMITIVE_TYPE_INT"
	PrimitiveLong       PrimitiveDefCategory = "OM_PRIMITIVE_TYPE_LONG"
	PrimitiveFloat      PrimitiveDefCategory = "OM_PRIMITIVE_TYPE_FLOAT"
	PrimitiveDouble     PrimitiveDefCategory = "OM_PRIMITIVE_TYPE_DOUBLE"
	PrimitiveBigInteger PrimitiveDefCategory = "OM_PRIMITIVE_TYPE_BIGINTEGER"
	PrimitiveBigDecimal PrimitiveDefCategory = "OM_PRIMITIVE_TYPE_BIGDECIMAL"
	PrimitiveString     PrimitiveDefCategory = "OM_PRIMITIVE_TYPE_STRING"
	PrimitiveDate       PrimitiveDefCategory = "OM_PRIMITIVE_TYPE_DATE"
)

var primitiveDefCategoryTable = newEnumTable("PrimitiveDefCategory",
	PrimitiveUnknown, 0, PrimitiveBoolean, 1, PrimitiveByte, 2, PrimitiveChar, 3, PrimitiveShort, 4,
	PrimitiveInt, 5, PrimitiveLong, 6, PrimitiveFloat, 7, PrimitiveDouble, 8, PrimitiveBigInteger, 9,
	PrimitiveBigDecimal, 10, PrimitiveString, 11, PrimitiveDate, 12)

// primitiveTypes maps each primitive category to the name and GUID of the
// PrimitiveDef that Egeria's types archive defines for it. Property values
// carry them as typeName and typeGUID.
var primitiveTypes = map[PrimitiveDefCategory]struct{ name, guid string }{
	PrimitiveUnknown:    {"object", "1c4b21f4-0b67-41a7-a6ed-2af185eb9b3b"},
	PrimitiveBoolean:    {"boolean", "3863f010-611c-41fe-aaae-5d4d427f863b"},
	PrimitiveByte:       {"byte", "6b7d410a-2e8a-4d12-981a-a806449f9bdb"},
	PrimitiveChar:       {"char", "b0abebe5-cf85-4065-86ad-f3c6360ed9c7"},
	PrimitiveShort:      {"short", "8e95b966-ab60-46d4-a03f-40c5a1ba6c2a"},
	PrimitiveInt:        {"int", "7fc49104-fd3a-46c8-b6bf-f16b6074cd35"},
	PrimitiveLong:       {"long", "33a91510-92ee-4825-9f49-facd7a6f9db6"},
	PrimitiveFloat:      {"float", "52aeb769-37b7-4b30-b949-ddc7dcebcfa2"},
	PrimitiveDouble:     {"double", "e13572e8-25c3-4994-acb6-2ea66c95812e"},
	PrimitiveBigInteger: {"biginteger", "8aa56e52-1076-4e0d-9b66-3873a1ed7392"},
	PrimitiveBigDecimal: {"bigdecimal", "d5c8ad9f-8fee-4a64-80b3-63ce1e47f6bb"},
	PrimitiveString:     {"string", "b34a64b9-554a-42b1-8f8a-7d5c2339f9c4"},
	PrimitiveDate:       {"date", "1bef35ca-d4f9-48db-87c2-afce4649362d"},
}

// Valid reports whether c is a PrimitiveDefCategory constant.
func (c PrimitiveDefCategory) Valid() bool { return primitiveDefCategoryTable.valid(string(c)) }

// Ordinal returns Egeria's ordinal for c, or -1.
func (c PrimitiveDefCategory) Ordinal() int { return primitiveDefCategoryTable.ordinal(string(c)) }

// TypeName returns the name of the standard PrimitiveDef for c, such as
// "string" or "int", or "" when c is not a constant.
func (c PrimitiveDefCategory) TypeName() string { return primitiveTypes[c].name }

// TypeGUID returns the GUID of the standard PrimitiveDef for c, or "" when c
// is not a constant.
func (c PrimitiveDefCategory) TypeGUID() string { return primitiveTypes[c].guid }

// UnmarshalJSON implements json.Unmarshaler.
func (c *PrimitiveDefCategory) UnmarshalJSON(data []byte) error {
	v, err := primitiveDefCategoryTable.decode(data, reflect.TypeOf(*c))
	if v != "" {
		*c = PrimitiveDefCategory(v)
	}
	return err
}

// CollectionDefCategory is the kind of collection a CollectionDef describes.
type CollectionDefCategory string

// CollectionDefCategory constants.
const (
	CollectionUnknown CollectionDefCategory = "OM_COLLECTION_UNKNOWN"
	CollectionMap     CollectionDefCategory = "OM_COLLECTION_MAP"
	CollectionArray   CollectionDefCategory = "OM_COLLECTION_ARRAY"
	CollectionStruct  CollectionDefCategory = "OM_COLLECTION_STRUCT"
)

var collectionDefCategoryTable = newEnumTable("CollectionDefCategory",
	CollectionUnknown, 0, CollectionMap, 1, CollectionArray, 2, CollectionStruct, 3)

// Valid reports whether c is a CollectionDefCategory constant.
func (c CollectionDefCategory) Valid() bool { return collectionDefCategoryTable.valid(string(c)) }

// Ordinal returns Egeria's ordinal for c, or -1.
func (c CollectionDefCategory) Ordinal() int { return collectionDefCategoryTable.ordinal(string(c)) }

// UnmarshalJSON implements json.Unmarshaler.
func (c *CollectionDefCategory) UnmarshalJSON(data []byte) error {
	v, err := collectionDefCategoryTable.decode(data, reflect.TypeOf(*c))
	if v != "" {
		*c = CollectionDefCategory(v)
	}
	return err
}

// TypeDefStatus is the advisory lifecycle status of a TypeDef.
type TypeDefStatus string

// TypeDefStatus constants.
const (
	TypeDefStatusActive     TypeDefStatus = "ACTIVE_TYPEDEF"
	TypeDefStatusRenamed    TypeDefStatus = "RENAMED_TYPEDEF"
	TypeDefStatusDeprecated TypeDefStatus = "DEPRECATED_TYPEDEF"
)

var typeDefStatusTable = newEnumTable("TypeDefStatus",
	TypeDefStatusActive, 1, TypeDefStatusRenamed, 2, TypeDefStatusDeprecated, 3)

// Valid reports whether s is a TypeDefStatus constant.
func (s TypeDefStatus) Valid() bool { return typeDefStatusTable.valid(string(s)) }

// Ordinal returns Egeria's ordinal for s, or -1.
func (s TypeDefStatus) Ordinal() int { return typeDefStatusTable.ordinal(string(s)) }

// UnmarshalJSON implements json.Unmarshaler.
func (s *TypeDefStatus) UnmarshalJSON(data []byte) error {
	v, err := typeDefStatusTable.decode(data, reflect.TypeOf(*s))
	if v != "" {
		*s = TypeDefStatus(v)
	}
	return err
}

// TypeDefAttributeStatus is the advisory lifecycle status of an attribute.
type TypeDefAttributeStatus string

// TypeDefAttributeStatus constants.
const (
	AttributeStatusActive     TypeDefAttributeStatus = "ACTIVE_ATTRIBUTE"
	AttributeStatusRenamed    TypeDefAttributeStatus = "RENAMED_ATTRIBUTE"
	AttributeStatusDeprecated TypeDefAttributeStatus = "DEPRECATED_ATTRIBUTE"
)

var attributeStatusTable = newEnumTable("TypeDefAttributeStatus",
	AttributeStatusActive, 1, AttributeStatusRenamed, 2, AttributeStatusDeprecated, 3)

// Valid reports whether s is a TypeDefAttributeStatus constant.
func (s TypeDefAttributeStatus) Valid() bool { return attributeStatusTable.valid(string(s)) }

// Ordinal returns Egeria's ordinal for s, or -1.
func (s TypeDefAttributeStatus) Ordinal() int { return attributeStatusTable.ordinal(string(s)) }

// UnmarshalJSON implements json.Unmarshaler.
func (s *TypeDefAttributeStatus) UnmarshalJSON(data []byte) error {
	v, err := attributeStatusTable.decode(data, reflect.TypeOf(*s))
	if v != "" {
		*s = TypeDefAttributeStatus(v)
	}
	return err
}

// AttributeCardinality is the number of values an attribute may hold.
// Egeria does not enforce it.
type AttributeCardinality string

// AttributeCardinality constants.
const (
	CardinalityUnknown             AttributeCardinality = "UNKNOWN"
	CardinalityAtMostOne           AttributeCardinality = "AT_MOST_ONE"
	CardinalityOneOnly             AttributeCardinality = "ONE_ONLY"
	CardinalityAtLeastOneOrdered   AttributeCardinality = "AT_LEAST_ONE_ORDERED"
	CardinalityAtLeastOneUnordered AttributeCardinality = "AT_LEAST_ONE_UNORDERED"
	CardinalityAnyNumberOrdered    AttributeCardinality = "ANY_NUMBER_ORDERED"
	CardinalityAnyNumberUnordered  AttributeCardinality = "ANY_NUMBER_UNORDERED"
)

var attributeCardinalityTable = newEnumTable("AttributeCardinality",
	CardinalityUnknown, 0, CardinalityAtMostOne, 1, CardinalityOneOnly, 2,
	CardinalityAtLeastOneOrdered, 3, CardinalityAtLeastOneUnordered, 4,
	CardinalityAnyNumberOrdered, 5, CardinalityAnyNumberUnordered, 6)

// Valid reports whether c is an AttributeCardinality constant.
func (c AttributeCardinality) Valid() bool { return attributeCardinalityTable.valid(string(c)) }

// Ordinal returns Egeria's ordinal for c, or -1.
func (c AttributeCardinality) Ordinal() int { return attributeCardinalityTable.ordinal(string(c)) }

// UnmarshalJSON implements json.Unmarshaler.
func (c *AttributeCardinality) UnmarshalJSON(data []byte) error {
	v, err := attributeCardinalityTable.decode(data, reflect.TypeOf(*c))
	if v != "" {
		*c = AttributeCardinality(v)
	}
	return err
}

// RelationshipEndCardinality bounds how many entities at one end of a
// relationship type an entity at the other end may link to. Egeria does not
// enforce it.
type RelationshipEndCardinality string

// RelationshipEndCardinality constants.
const (
	EndCardinalityUnknown   RelationshipEndCardinality = "UNKNOWN"
	EndCardinalityAtMostOne RelationshipEndCardinality = "AT_MOST_ONE"
	EndCardinalityAnyNumber RelationshipEndCardinality = "ANY_NUMBER"
)

var endCardinalityTable = newEnumTable("RelationshipEndCardinality",
	EndCardinalityUnknown, 0, EndCardinalityAtMostOne, 1, EndCardinalityAnyNumber, 2)

// Valid reports whether c is a RelationshipEndCardinality constant.
func (c RelationshipEndCardinality) Valid() bool { return endCardinalityTable.valid(string(c)) }

// Ordinal returns Egeria's ordinal for c, or -1.
func (c RelationshipEndCardinality) Ordinal() int { return endCardinalityTable.ordinal(string(c)) }

// UnmarshalJSON implements json.Unmarshaler.
func (c *RelationshipEndCardinality) UnmarshalJSON(data []byte) error {
	v, err := endCardinalityTable.decode(data, reflect.TypeOf(*c))
	if v != "" {
		*c = RelationshipEndCardinality(v)
	}
	return err
}

// ClassificationPropagationRule is the direction along a relationship type in
// which upper layers may propagate classifications. The repository itself
// never propagates them.
type ClassificationPropagationRule string

// ClassificationPropagationRule constants.
const (
	PropagationNone     ClassificationPropagationRule = "NONE"
	PropagationOneToTwo ClassificationPropagationRule = "ONE_TO_TWO"
	PropagationTwoToOne ClassificationPropagationRule = "TWO_TO_ONE"
	PropagationBoth     ClassificationPropagationRule = "BOTH"
)

var propagationRuleTable = newEnumTable("ClassificationPropagationRule",
	PropagationNone, 0, PropagationOneToTwo, 1, PropagationTwoToOne, 2, PropagationBoth, 3)

// Valid reports whether p is a ClassificationPropagationRule constant.
func (p ClassificationPropagationRule) Valid() bool { return propagationRuleTable.valid(string(p)) }

// Ordinal returns Egeria's ordinal for p, or -1.
func (p ClassificationPropagationRule) Ordinal() int { return propagationRuleTable.ordinal(string(p)) }

// UnmarshalJSON implements json.Unmarshaler.
func (p *ClassificationPropagationRule) UnmarshalJSON(data []byte) error {
	v, err := propagationRuleTable.decode(data, reflect.TypeOf(*p))
	if v != "" {
		*p = ClassificationPropagationRule(v)
	}
	return err
}
