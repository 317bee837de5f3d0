package typesystem

import (
	"fmt"
	"sync"
)

// Registry stores the TypeDefs and AttributeTypeDefs of a repository. It is
// safe for concurrent use.
//
// Lookups return the stored objects, which callers must not modify. A change
// never modifies a stored object: a patch stores a new TypeDef in place of the
// old one, so an object obtained earlier stays a consistent snapshot.
type Registry struct {
	mu sync.RWMutex

	// version counts the changes made to the registry.
	version int64

	// typeDefs and attributeTypeDefs are in load order. The index maps hold
	// positions in these slices by GUID and by name.
	typeDefs          []*TypeDef
	typeDefByGUID     map[string]int
	typeDefByName     map[string]int
	attributeTypeDefs []*AttributeTypeDef
	attributeByGUID   map[string]int
	attributeByName   map[string]int
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	return &Registry{
		typeDefByGUID:   make(map[string]int),
		typeDefByName:   make(map[string]int),
		attributeByGUID: make(map[string]int),
		attributeByName: make(map[string]int),
	}
}

// Version returns a counter that grows with every change to the registry, so
// that caches built from it can tell when they are stale.
func (r *Registry) Version() int64 {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.version
}

// AddAttributeTypeDef validates a and stores a copy of it. TypeDef and
// AttributeTypeDef names share one namespace. It fails with:
//
//   - InvalidParameter for a nil definition or a missing GUID, name or
//     category;
//   - TypeDefKnown when the same GUID and name are stored;
//   - TypeDefConflict when the GUID or the name belongs to another type;
//   - InvalidTypeDef for a malformed definition.
func (r *Registry) AddAttributeTypeDef(a *AttributeTypeDef) error {
	if err := checkAttributeTypeDefHeader(a); err != nil {
		return err
	}

	r.mu.Lock()
	defer r.mu.Unlock()

	if err := r.checkNewIdentity(a.GUID, a.Name, true); err != nil {
		return err
	}
	if err := checkAttributeTypeDefBody(a); err != nil {
		return err
	}
	r.attributeByGUID[a.GUID] = len(r.attributeTypeDefs)
	r.attributeByName[a.Name] = len(r.attributeTypeDefs)
	r.attributeTypeDefs = append(r.attributeTypeDefs, a.Clone())
	r.version++
	return nil
}

// AddTypeDef validates t and stores a copy of it. It fails with:
//
//   - InvalidParameter for a nil definition or a missing GUID, name or
//     category;
//   - TypeDefKnown when the same GUID and name are stored;
//   - TypeDefConflict when the GUID or the name belongs to another type;
//   - InvalidTypeDef when the name fails ValidName, the supertype is unknown
//     or of another category, or a relationship end or valid entity type is
//     not a known EntityDef;
//   - InvalidTypeDef for an attribute with an invalid or repeated name or an
//     unknown attribute type, and for an attribute that redefines an
//     inherited one with another attribute type.
func (r *Registry) AddTypeDef(t *TypeDef) error {
	if err := checkTypeDefHeader(t); err != nil {
		return err
	}

	r.mu.Lock()
	defer r.mu.Unlock()

	if err := r.checkNewIdentity(t.GUID, t.Name, false); err != nil {
		return err
	}
	if err := r.checkTypeDefBody(t); err != nil {
		return err
	}
	r.typeDefByGUID[t.GUID] = len(r.typeDefs)
	r.typeDefByName[t.Name] = len(r.typeDefs)
	r.typeDefs = append(r.typeDefs, t.Clone())
	r.version++
	return nil
}

// checkNewIdentity reports whether guid and name are free for a new TypeDef,
// or for a new AttributeTypeDef when attributeType is true. The caller holds
// the lock.
func (r *Registry) checkNewIdentity(guid, name string, attributeType bool) error {
	byGUID, byName, otherByName := r.typeDefByGUID, r.typeDefByName, r.attributeByName
	kindName, otherKindName := "TypeDef", "AttributeTypeDef"
	if attributeType {
		byGUID, byName, otherByName = r.attributeByGUID, r.attributeByName, r.typeDefByName
		kindName, otherKindName = otherKindName, kindName
	}

	guidIndex, guidTaken := byGUID[guid]
	nameIndex, nameTaken := byName[name]
	switch {
	case guidTaken && nameTaken && guidIndex == nameIndex:
		return NewError(KindTypeDefKnown, "", "%s %s (guid %s) is already defined", kindName, name, guid)
	case nameTaken:
		return NewError(KindTypeDefConflict, "", "the name %s is already used by a %s with another GUID; use a new name or the stored GUID", name, kindName)
	case guidTaken:
		return NewError(KindTypeDefConflict, "", "the GUID %s is already used by a %s with another name; use a new GUID or the stored name", guid, kindName)
	}
	if _, used := otherByName[name]; used {
		return NewError(KindTypeDefConflict, "", "the name %s is already used by an %s; TypeDef and AttributeTypeDef names must differ", name, otherKindName)
	}
	return nil
}

// LoadTypeStore adds the attribute types, then the new TypeDefs, then applies
// the patches in order. Types that are already stored with the same GUID and
// name are skipped and patches that are already applied change nothing, so
// loading the same store twice succeeds. The first other failure stops the
// load and is returned with the element that caused it; earlier elements stay
// loaded.
func (r *Registry) LoadTypeStore(store *ArchiveTypeStore) error {
	if store == nil {
		return nil
	}
	for i, a := range store.AttributeTypeDefs {
		if err := r.AddAttributeTypeDef(a); err != nil && !IsKind(err, KindTypeDefKnown) {
			return fmt.Errorf("load attributeTypeDefs[%d] %s: %w", i, attributeTypeDefName(a), err)
		}
	}
	for i, t := range store.NewTypeDefs {
		if err := r.AddTypeDef(t); err != nil && !IsKind(err, KindTypeDefKnown) {
			return fmt.Errorf("load newTypeDefs[%d] %s: %w", i, typeDefName(t), err)
		}
	}
	for i, p := range store.TypeDefPatches {
		if _, err := r.ApplyPatch(p); err != nil {
			return fmt.Errorf("load typeDefPatches[%d] %s: %w", i, patchName(p), err)
		}
	}
	return nil
}

func attributeTypeDefName(a *AttributeTypeDef) string {
	if a == nil {
		return "(null)"
	}
	return a.Name
}

func typeDefName(t *TypeDef) string {
	if t == nil {
		return "(null)"
	}
	return t.Name
}

func patchName(p *TypeDefPatch) string {
	if p == nil {
		return "(null)"
	}
	return p.TypeDefName
}

// TypeDefByGUID returns the TypeDef with the given GUID.
func (r *Registry) TypeDefByGUID(guid string) (*TypeDef, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	i, ok := r.typeDefByGUID[guid]
	if !ok {
		return nil, false
	}
	return r.typeDefs[i], true
}

// TypeDefByName returns the TypeDef with the given name.
func (r *Registry) TypeDefByName(name string) (*TypeDef, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.typeDefNamed(name)
}

// typeDefNamed returns the TypeDef with the given name. The caller holds the
// lock.
func (r *Registry) typeDefNamed(name string) (*TypeDef, bool) {
	i, ok := r.typeDefByName[name]
	if !ok {
		return nil, false
	}
	return r.typeDefs[i], true
}

// AttributeTypeDefByGUID returns the AttributeTypeDef with the given GUID.
func (r *Registry) AttributeTypeDefByGUID(guid string) (*AttributeTypeDef, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	i, ok := r.attributeByGUID[guid]
	if !ok {
		return nil, false
	}
	return r.attributeTypeDefs[i], true
}

// AttributeTypeDefByName returns the AttributeTypeDef with the given name.
func (r *Registry) AttributeTypeDefByName(name string) (*AttributeTypeDef, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	i, ok := r.attributeByName[name]
	if !ok {
		return nil, false
	}
	return r.attributeTypeDefs[i], true
}

// TypeDefs returns all TypeDefs in the order they were added.
func (r *Registry) TypeDefs() []*TypeDef {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return append([]*TypeDef(nil), r.typeDefs...)
}

// AttributeTypeDefs returns all AttributeTypeDefs in the order they were
// added.
func (r *Registry) AttributeTypeDefs() []*AttributeTypeDef {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return append([]*AttributeTypeDef(nil), r.attributeTypeDefs...)
}

// AllTypes returns every type as a gallery for getAllTypes. A list is nil
// when it would be empty.
func (r *Registry) AllTypes() *TypeDefGallery {
	return &TypeDefGallery{
		HeaderVersion:     currentHeaderVersion,
		AttributeTypeDefs: nilIfEmpty(r.AttributeTypeDefs()),
		TypeDefs:          nilIfEmpty(r.TypeDefs()),
	}
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}
