/**
 * Facts derived once and kept with what they are derived from (ARCHITECTURE: "`memo(model, key, fn)`
 * replaces ad-hoc WeakMaps"). Each call of `memo` makes one cache, so two analyses that key by the
 * same role never share entries; the owner (the model) holds its entries weakly, so a run's facts
 * are freed with its model.
 *
 *     const exposures = memoByKey<IdentityModel, Role, Exposure>();
 *     exposures(model, role, () => computeExposure(model, role));
 */

/** A cache of one value per owner: `cache(model, () => …)`. */
export function memo<Owner extends object, Value>(): (owner: Owner, make: () => Value) => Value {
  const values = new WeakMap<Owner, { value: Value }>();
  return (owner, make) => {
    let entry = values.get(owner);
    if (!entry) values.set(owner, (entry = { value: make() }));
    return entry.value;
  };
}

/** A cache of one value per owner and key: `cache(model, role, () => …)`. */
export function memoByKey<Owner extends object, Key extends object, Value>(): (
  owner: Owner,
  key: Key,
  make: () => Value,
) => Value {
  const values = new WeakMap<Owner, WeakMap<Key, { value: Value }>>();
  return (owner, key, make) => {
    let byKey = values.get(owner);
    if (!byKey) values.set(owner, (byKey = new WeakMap()));
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { value: make() }));
    return entry.value;
  };
}
