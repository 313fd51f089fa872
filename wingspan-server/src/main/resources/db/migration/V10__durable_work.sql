-- Durable work (app.wingspan.server.work, on db-scheduler 16.x): one row per pending instance of a kind of work, e.g.
-- the settlement of one bank debit. The schema is db-scheduler's own for PostgreSQL, unchanged: the library reads and
-- writes it. A row is inserted in the transaction of the change that causes the work, picked by one replica with
-- FOR UPDATE SKIP LOCKED when due (execution_time, by the server's clock), and deleted when the work is done.
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    -- What the instance was scheduled with: UTF-8 text.
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- Bank debits in transit when this migration runs were queued by the payments table itself (the hand-made queue this
-- replaces): each becomes an instance of the settlement work, due when the debit was.
insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
select 'ach-settlement', id, null, settle_after, false, 1
from payments
where state = 'in_transit';
