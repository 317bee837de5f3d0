package typesystem

import (
	"fmt"
	"regexp"
)

// validName matches names that may become a Neo4j label, relationship type or
// property key without escaping problems: an ASCII letter followed by ASCII
// letters, digits and underscores.
var validName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`)

// ValidName reports whether name may be used as a TypeDef or attribute name.
// AddTypeDef and ApplyPatch reject TypeDef and attribute names that fail it,
// so the storage layer can quote every stored name in Cypher without further
// escaping.
func ValidName(name string) bool { return validName.MatchString(name) }

// checkTypeDefHeader makes the checks that come before the uniqueness check.
func checkTypeDefHeader(t *TypeDef) error {
	switch {
	case t == nil:
		return NewError(KindInvalidParameter, "typeDef", "no TypeDef was supplied; send a TypeDef")
	case t.HeaderVersion > currentHeaderVersion:
		return NewError(KindInvalidTypeDef, "", "TypeDef %s has headerVersion %d, but this repository reads header version %d; send a version %d TypeDef", t.Name, t.HeaderVersion, currentHeaderVersion, currentHeaderVersion)
	case t.GUID == "":
		return NewError(KindInvalidParameter, "typeDef.guid", "TypeDef %q has no guid; set its guid", t.Name)
	case t.Name == "":
		return NewError(KindInvalidParameter, "typeDef.name", "TypeDef with guid %s has no name; set its name", t.GUID)
	case t.Category == "":
		return NewError(KindInvalidParameter, "typeDef.category", "TypeDef %s has no category; set category to ENTITY_DEF, RELATIONSHIP_DEF or CLASSIFICATION_DEF", t.Name)
	}
	return nil
}

// checkTypeDefBody checks a TypeDef against the registry: its name, category,
// supertype, relationship ends, valid entity types and attributes. Every
// failure is an InvalidTypeDef error. The caller holds the lock.
func (r *Registry) checkTypeDefBody(t *TypeDef) error {
	if !ValidName(t.Name) {
		return NewError(KindInvalidTypeDef, "", "TypeDef name %q is invalid; use an ASCII letter followed by letters, digits or underscores", t.Name)
	}
	if _, ok := typeDefClasses[t.Category]; !ok {
		return NewError(KindInvalidTypeDef, "", "TypeDef %s has category %s; use ENTITY_DEF, RELATIONSHIP_DEF or CLASSIFICATION_DEF", t.Name, t.Category)
	}

	superName := ""
	if t.SuperType != nil {
		super, err := r.resolveLink(t.SuperType, t.Category, KindInvalidTypeDef, t.Name+" superType")
		if err != nil {
			return err
		}
		if super.GUID == t.GUID {
			return NewError(KindInvalidTypeDef, "", "TypeDef %s names itself as its superType; name a different type", t.Name)
		}
		superName = super.Name
	}
	if err := r.checkCategoryLinks(t.Name, t.Category, t.EndDef1, t.EndDef2, t.ValidEntityDefs, KindInvalidTypeDef); err != nil {
		return err
	}
	return r.checkAttributes(t.Name, superName, nil, t.PropertiesDefinition, KindInvalidTypeDef)
}

// checkCategoryLinks checks the relationship ends of a RelationshipDef and the
// valid entity types of a ClassificationDef. The caller holds the lock.
func (r *Registry) checkCategoryLinks(typeName string, category TypeDefCategory, end1, end2 *RelationshipEndDef, validEntityDefs []*TypeDefLink, kind Kind) error {
	switch category {
	case CategoryRelationshipDef:
		for i, end := range []*RelationshipEndDef{end1, end2} {
			role := fmt.Sprintf("%s endDef%d", typeName, i+1)
			if end == nil || end.EntityType == nil {
				return NewError(kind, "", "RelationshipDef %s has no entity type; set its entityType", role)
			}
			if _, err := r.resolveLink(end.EntityType, CategoryEntityDef, kind, role+" entityType"); err != nil {
				return err
			}
		}
	case CategoryClassificationDef:
		for i, link := range validEntityDefs {
			role := fmt.Sprintf("%s validEntityDefs[%d]", typeName, i)
			if link == nil {
				return NewError(kind, "", "ClassificationDef %s is null; remove it or name an EntityDef", role)
			}
			if _, err := r.resolveLink(link, CategoryEntityDef, kind, role); err != nil {
				return err
			}
		}
	}
	return nil
}

// resolveLink finds the TypeDef a link refers to, by GUID when the link has
// one and by name otherwise, and checks its category. role names the link in
// error messages. The caller holds the lock.
func (r *Registry) resolveLink(link *TypeDefLink, want TypeDefCategory, kind Kind, role string) (*TypeDef, error) {
	var (
		target *TypeDef
		ok     bool
	)
	if link.GUID != "" {
		var i int
		if i, ok = r.typeDefByGUID[link.GUID]; ok {
			target = r.typeDefs[i]
		}
	} else {
		target, ok = r.typeDefNamed(link.Name)
	}

	switch {
	case !ok:
		return nil, NewError(kind, "", "%s refers to unknown type %s (guid %s); add that type first", role, link.Name, link.GUID)
	case link.Name != "" && link.Name != target.Name:
		return nil, NewError(kind, "", "%s refers to guid %s with name %s, but that GUID belongs to %s; correct the name or the GUID", role, link.GUID, link.Name, target.Name)
	case target.Category != want:
		return nil, NewError(kind, "", "%s refers to %s, which is a %s; it must be a %s", role, target.Name, target.Category, want)
	}
	return target, nil
}

// checkAttributes checks attribute definitions of type typeName whose
// supertype is superName. existing holds attributes the type keeps, for a
// patch, so that the new attributes may redefine them only with the same
// attribute type. The caller holds the lock.
func (r *Registry) checkAttributes(typeName, superName string, existing, attributes []*TypeDefAttribute, kind Kind) error {
	inherited := make(map[string]*TypeDefAttribute)
	if superName != "" {
		for _, a := range r.attributesOf(superName) {
			inherited[a.AttributeName] = a
		}
	}
	for _, a := range existing {
		inherited[a.AttributeName] = a
	}

	seen := make(map[string]bool, len(attributes))
	for i, a := range attributes {
		if a == nil {
			return NewError(kind, "", "attribute %d of %s is null; remove it or define it", i, typeName)
		}
		name := a.AttributeName
		if !ValidName(name) {
			return NewError(kind, "", "attribute name %q of %s is invalid; use an ASCII letter followed by letters, digits or underscores", name, typeName)
		}
		if seen[name] {
			return NewError(kind, "", "attribute %s is defined twice in %s; define it once", name, typeName)
		}
		seen[name] = true

		if err := r.checkAttributeType(typeName, a, kind); err != nil {
			return err
		}
		if previous, ok := inherited[name]; ok && previous.AttributeType.GUID != a.AttributeType.GUID {
			return NewError(kind, "", "attribute %s of %s has type %s, but the attribute is already defined with type %s; keep type %s", name, typeName, a.AttributeType.Name, previous.AttributeType.Name, previous.AttributeType.Name)
		}
	}
	return nil
}

// checkAttributeType checks that the attribute's type is a known
// AttributeTypeDef. The caller holds the lock.
func (r *Registry) checkAttributeType(typeName string, a *TypeDefAttribute, kind Kind) error {
	t := a.AttributeType
	if t == nil {
		return NewError(kind, "", "attribute %s of %s has no attributeType; set it to a known AttributeTypeDef", a.AttributeName, typeName)
	}
	i, ok := r.attributeByGUID[t.GUID]
	if !ok {
		return NewError(kind, "", "attribute %s of %s has unknown attribute type %s (guid %s); add that AttributeTypeDef first", a.AttributeName, typeName, t.Name, t.GUID)
	}
	if stored := r.attributeTypeDefs[i]; t.Name != "" && t.Name != stored.Name {
		return NewError(kind, "", "attribute %s of %s gives attribute type guid %s the name %s, but that GUID belongs to %s; correct the name or the GUID", a.AttributeName, typeName, t.GUID, t.Name, stored.Name)
	}
	return nil
}

// checkAttributeTypeDefHeader makes the checks that come before the
// uniqueness check.
func checkAttributeTypeDefHeader(a *AttributeTypeDef) error {
	switch {
	case a == nil:
		return NewError(KindInvalidParameter, "attributeTypeDef", "no AttributeTypeDef was supplied; send an AttributeTypeDef")
	case a.HeaderVersion > currentHeaderVersion:
		return NewError(KindInvalidTypeDef, "", "AttributeTypeDef %s has headerVersion %d, but this repository reads header version %d; send a version %d AttributeTypeDef", a.Name, a.HeaderVersion, currentHeaderVersion, currentHeaderVersion)
	case a.GUID == "":
		return NewError(KindInvalidParameter, "attributeTypeDef.guid", "AttributeTypeDef %q has no guid; set its guid", a.Name)
	case a.Name == "":
		return NewError(KindInvalidParameter, "attributeTypeDef.name", "AttributeTypeDef with guid %s has no name; set its name", a.GUID)
	case a.Category == "":
		return NewError(KindInvalidParameter, "attributeTypeDef.category", "AttributeTypeDef %s has no category; set category to PRIMITIVE, COLLECTION or ENUM_DEF", a.Name)
	}
	return nil
}

// checkAttributeTypeDefBody checks the category-specific fields of an
// AttributeTypeDef. Every failure is an InvalidTypeDef error.
func checkAttributeTypeDefBody(a *AttributeTypeDef) error {
	switch a.Category {
	case AttributeCategoryPrimitive:
		if !a.PrimitiveDefCategory.Valid() {
			return NewError(KindInvalidTypeDef, "", "PrimitiveDef %s has primitiveDefCategory %q; use an OM_PRIMITIVE_TYPE_* value", a.Name, a.PrimitiveDefCategory)
		}
	case AttributeCategoryCollection:
		return checkCollectionDef(a)
	case AttributeCategoryEnumDef:
		return checkEnumDef(a)
	default:
		return NewError(KindInvalidTypeDef, "", "AttributeTypeDef %s has category %s; use PRIMITIVE, COLLECTION or ENUM_DEF", a.Name, a.Category)
	}
	return nil
}

func checkCollectionDef(a *AttributeTypeDef) error {
	want := map[CollectionDefCategory]int{CollectionArray: 1, CollectionMap: 2, CollectionStruct: -1}
	count, ok := want[a.CollectionDefCategory]
	if !ok {
		return NewError(KindInvalidTypeDef, "", "CollectionDef %s has collectionDefCategory %q; use OM_COLLECTION_ARRAY, OM_COLLECTION_MAP or OM_COLLECTION_STRUCT", a.Name, a.CollectionDefCategory)
	}
	if a.ArgumentCount != len(a.ArgumentTypes) || (count >= 0 && a.ArgumentCount != count) {
		return NewError(KindInvalidTypeDef, "", "CollectionDef %s has argumentCount %d and %d argumentTypes; a %s needs %d of each", a.Name, a.ArgumentCount, len(a.ArgumentTypes), a.CollectionDefCategory, count)
	}
	for _, arg := range a.ArgumentTypes {
		if !arg.Valid() {
			return NewError(KindInvalidTypeDef, "", "CollectionDef %s has argument type %q; use OM_PRIMITIVE_TYPE_* values", a.Name, arg)
		}
	}
	return nil
}

func checkEnumDef(a *AttributeTypeDef) error {
	if len(a.ElementDefs) == 0 {
		return NewError(KindInvalidTypeDef, "", "EnumDef %s has no elementDefs; define at least one element", a.Name)
	}
	// NOTE: two elements may share an ordinal. Egeria does not check it, and
	// its published types (ActivityType in Egeria 4.2) contain such a pair.
	values := make(map[string]bool, len(a.ElementDefs))
	for i, e := range a.ElementDefs {
		switch {
		case e == nil:
			return NewError(KindInvalidTypeDef, "", "element %d of EnumDef %s is null; remove it or define it", i, a.Name)
		case e.Value == "":
			return NewError(KindInvalidTypeDef, "", "element %d of EnumDef %s has no value; set its value", e.Ordinal, a.Name)
		case values[e.Value]:
			return NewError(KindInvalidTypeDef, "", "EnumDef %s uses value %s twice; give each element its own value", a.Name, e.Value)
		}
		values[e.Value] = true
	}
	return nil
}
