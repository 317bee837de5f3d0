package typesystem

import (
	"fmt"
	"slices"
	"strings"
)

// ValidateProperties checks props against the attributes of the named type,
// own and inherited. It fails with TypeError for an unknown type and with
// PropertyError when a property is not an attribute of the type, is null,
// has no category, or has a value of another kind than its attribute type.
// A primitive value must have the attribute's primitive category and a value
// that fits it. Nil or empty props pass.
//
// With strict set it also makes checks that Egeria leaves out:
//
//   - a primitive value must be present;
//   - an ARRAY, MAP or STRUCT value must match the kind of the collection;
//   - collection elements must have the collection's argument type;
//   - an enum value's ordinal must name an element of the EnumDef, and a
//     symbolicName must equal that element's value.
//
// Use strict for local writes and lax checks for reference copies and archive
// content, so that data Egeria accepts is never rejected.
func (r *Registry) ValidateProperties(typeName string, props *InstanceProperties, strict bool) error {
	r.mu.RLock()
	defer r.mu.RUnlock()

	t, ok := r.typeDefNamed(typeName)
	if !ok {
		return unknownTypeError(typeName)
	}
	return r.validateProperties(t, props, strict)
}

func unknownTypeError(typeName string) error {
	return NewError(KindTypeError, "", "type %q is not known to this repository; use a type returned by getAllTypes", typeName)
}

// validateProperties is ValidateProperties for a caller that holds the lock.
func (r *Registry) validateProperties(t *TypeDef, props *InstanceProperties, strict bool) error {
	if props.Len() == 0 {
		return nil
	}
	attributes := r.attributesOf(t.Name)
	if len(attributes) == 0 {
		return NewError(KindPropertyError, "", "type %s has no attributes, so it takes no properties; remove the properties %s", t.Name, strings.Join(props.Names(), ", "))
	}
	byName := make(map[string]*TypeDefAttribute, len(attributes))
	names := make([]string, 0, len(attributes))
	for _, a := range attributes {
		byName[a.AttributeName] = a
		names = append(names, a.AttributeName)
	}
	slices.Sort(names)

	for _, name := range props.Names() {
		attribute, ok := byName[name]
		if !ok {
			return NewError(KindPropertyError, "", "property %s is not an attribute of type %s; use one of %s", name, t.Name, strings.Join(names, ", "))
		}
		if err := r.validateValue(t.Name, name, attribute.AttributeType, props.Values[name], strict); err != nil {
			return err
		}
	}
	return nil
}

// validateValue checks one property value against its attribute type. path
// names the property in messages. The caller holds the lock.
func (r *Registry) validateValue(typeName, path string, declared *AttributeTypeDef, v *PropertyValue, strict bool) error {
	if v == nil {
		return NewError(KindPropertyError, "", "property %s of type %s is null; remove it or give it a value", path, typeName)
	}
	if v.Category == "" {
		return NewError(KindPropertyError, "", "property %s of type %s has no instancePropertyCategory; send a typed property value", path, typeName)
	}
	def := declared
	if i, ok := r.attributeByGUID[declared.GUID]; ok {
		def = r.attributeTypeDefs[i]
	}

	switch def.Category {
	case AttributeCategoryPrimitive:
		return checkPrimitiveValue(typeName, path, def.PrimitiveDefCategory, v, strict)
	case AttributeCategoryEnumDef:
		return checkEnumValue(typeName, path, def, v, strict)
	case AttributeCategoryCollection:
		return checkCollectionValue(typeName, path, def, v, strict)
	}
	return NewError(KindPropertyError, "", "property %s of type %s has attribute type %s of category %s, which this repository cannot check; fix the type definition", path, typeName, def.Name, def.Category)
}

// describePropertyValue names the kind of a property value for messages.
func describePropertyValue(v *PropertyValue) string {
	if v.Category == PropertyCategoryPrimitive {
		return fmt.Sprintf("a PRIMITIVE value of %s", v.PrimitiveDefCategory)
	}
	return fmt.Sprintf("a %s value", v.Category)
}

func checkPrimitiveValue(typeName, path string, want PrimitiveDefCategory, v *PropertyValue, strict bool) error {
	if v.Category != PropertyCategoryPrimitive || v.PrimitiveDefCategory != want {
		return NewError(KindPropertyError, "", "property %s of type %s must be a PRIMITIVE value of %s, but it is %s; send a %s value", path, typeName, want, describePropertyValue(v), want)
	}
	if v.PrimitiveValue == nil {
		if strict {
			return NewError(KindPropertyError, "", "property %s of type %s has no primitiveValue; give it a value or remove the property", path, typeName)
		}
		return nil
	}
	if err := v.CheckPrimitive(); err != nil {
		return WrapError(KindPropertyError, err, "", "property %s of type %s has a value that is not a valid %s; send a %s value", path, typeName, want, want)
	}
	return nil
}

func checkEnumValue(typeName, path string, def *AttributeTypeDef, v *PropertyValue, strict bool) error {
	if v.Category != PropertyCategoryEnum {
		return NewError(KindPropertyError, "", "property %s of type %s must be an ENUM value of %s, but it is %s; send an EnumPropertyValue", path, typeName, def.Name, describePropertyValue(v))
	}
	if !strict {
		return nil
	}
	if v.Ordinal == nil {
		return NewError(KindPropertyError, "", "enum property %s of type %s has no ordinal; set the ordinal of a %s element", path, typeName, def.Name)
	}
	element, ok := def.Element(*v.Ordinal)
	if !ok {
		return NewError(KindPropertyError, "", "enum property %s of type %s has ordinal %d, which is not an element of %s; use one of %s", path, typeName, *v.Ordinal, def.Name, enumElements(def))
	}
	if v.SymbolicName == "" {
		return nil
	}
	// Egeria's own archives give some enums two elements with one ordinal,
	// so any element with the ordinal and the symbolic name matches.
	for _, candidate := range def.ElementDefs {
		if candidate != nil && candidate.Ordinal == *v.Ordinal && candidate.Value == v.SymbolicName {
			return nil
		}
	}
	return NewError(KindPropertyError, "", "enum property %s of type %s has ordinal %d with symbolicName %s, but element %d of %s is %s; send matching values", path, typeName, *v.Ordinal, v.SymbolicName, *v.Ordinal, def.Name, element.Value)
}

func enumElements(def *AttributeTypeDef) string {
	parts := make([]string, 0, len(def.ElementDefs))
	for _, e := range def.ElementDefs {
		parts = append(parts, fmt.Sprintf("%d (%s)", e.Ordinal, e.Value))
	}
	return strings.Join(parts, ", ")
}

// collectionValueCategories maps each collection kind to the property value
// category that carries it.
var collectionValueCategories = map[CollectionDefCategory]InstancePropertyCategory{
	CollectionArray:  PropertyCategoryArray,
	CollectionMap:    PropertyCategoryMap,
	CollectionStruct: PropertyCategoryStruct,
}

func checkCollectionValue(typeName, path string, def *AttributeTypeDef, v *PropertyValue, strict bool) error {
	switch v.Category {
	case PropertyCategoryArray, PropertyCategoryMap, PropertyCategoryStruct:
	default:
		return NewError(KindPropertyError, "", "property %s of type %s must be a collection value of %s, but it is %s; send an ARRAY, MAP or STRUCT value", path, typeName, def.Name, describePropertyValue(v))
	}
	if want := collectionValueCategories[def.CollectionDefCategory]; strict && v.Category != want {
		return NewError(KindPropertyError, "", "property %s of type %s must be a %s value of %s, but it is %s; send a %s value", path, typeName, want, def.Name, describePropertyValue(v), want)
	}

	var elements *InstanceProperties
	var elementType PrimitiveDefCategory
	switch v.Category {
	case PropertyCategoryArray:
		elements = v.ArrayValues
		if len(def.ArgumentTypes) > 0 {
			elementType = def.ArgumentTypes[0]
		}
	case PropertyCategoryMap:
		elements = v.MapValues
		if len(def.ArgumentTypes) > 1 {
			elementType = def.ArgumentTypes[1]
		}
	case PropertyCategoryStruct:
		elements = v.Attributes
	}
	// Elements of an "object" collection such as map<string,object> may have
	// any primitive category.
	if !strict || def.CollectionDefCategory == CollectionStruct || elementType == PrimitiveUnknown {
		elementType = ""
	}
	return checkElements(typeName, path, elements, elementType, strict)
}

// checkElements checks the elements of a collection value. When elementType
// is set, every element must be a primitive of that category. Otherwise only
// the primitive values present are checked against their own category.
func checkElements(typeName, path string, elements *InstanceProperties, elementType PrimitiveDefCategory, strict bool) error {
	for _, key := range elements.Names() {
		element := elements.Values[key]
		elementPath := fmt.Sprintf("%s[%s]", path, key)
		if element == nil {
			if strict {
				return NewError(KindPropertyError, "", "element %s of type %s is null; remove it or give it a value", elementPath, typeName)
			}
			continue
		}
		if elementType != "" {
			if err := checkPrimitiveValue(typeName, elementPath, elementType, element, strict); err != nil {
				return err
			}
			continue
		}
		if err := element.CheckPrimitive(); err != nil {
			return WrapError(KindPropertyError, err, "", "element %s of type %s has a value that is not a valid %s; send a %s value", elementPath, typeName, element.PrimitiveDefCategory, element.PrimitiveDefCategory)
		}
		if err := checkElements(typeName, elementPath, nestedValues(element), "", strict); err != nil {
			return err
		}
	}
	return nil
}

func nestedValues(v *PropertyValue) *InstanceProperties {
	switch v.Category {
	case PropertyCategoryArray:
		return v.ArrayValues
	case PropertyCategoryMap:
		return v.MapValues
	case PropertyCategoryStruct:
		return v.Attributes
	}
	return nil
}
