-- Every table's id sequence steps by 50, the block EclipseLink takes at once (TableSequences): it then knows a new
-- row's id before the insert and sends a transaction's new rows of a table as one batch, instead of one INSERT ...
-- RETURNING round trip per row. A value drawn by SQL (a column default) is one id of its own block, so rows written
-- by SQL and by EclipseLink never meet. Each sequence starts its next block above the ids in use.
do $$
declare
    s record;
begin
    for s in
        select seq.relname as sequence_name, tab.relname as table_name
        from pg_class seq
        join pg_depend dep on dep.objid = seq.oid and dep.classid = 'pg_class'::regclass and dep.deptype = 'a'
        join pg_class tab on tab.oid = dep.refobjid
        join pg_attribute col on col.attrelid = tab.oid and col.attnum = dep.refobjsubid
        where seq.relkind = 'S' and seq.relnamespace = 'public'::regnamespace and col.attname = 'id'
    loop
        execute format('alter sequence %I increment by 50', s.sequence_name);
        execute format('select setval(%L, greatest((select coalesce(max(id), 0) from %I), (select last_value from %I), 1))',
                       s.sequence_name, s.table_name, s.sequence_name);
    end loop;
end
$$;
