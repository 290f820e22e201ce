import { useEffect, useRef, useState, type FormEvent } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { User } from "@orbis/contracts/identity";
import { Badge, Button, DataTable, ErrorPanel, LoadingState, PageHeader, Pagination, SelectField, TextField, pageCountOf, useLocale, type DataTableColumn, ProblemAlert, problemMessage } from "@orbis/ui/react";
import { identityApi } from "../api/identity";
import { queryKeys } from "../api/query-keys";
import { useText } from "../i18n";
import { Link } from "../router/Link";
import { navigate, useLocation } from "../router/location";
import { useHref } from "../shared/admin-context";
import { departmentName, roleOptions } from "../shared/labels";
import { RoleBadges } from "../shared/RoleBadges";
import { useDepartments } from "../shared/useDepartments";
import { CreateUserDialog } from "./CreateUserDialog";
import { parseUserFilters, userFiltersToSearch, userListQuery, USERS_PAGE_SIZE, type UserFilters } from "./user-filters";

const SEARCH_DELAY_MS = 300;

export function UsersPage() {
  const t = useText();
  const { pathname, search } = useLocation();
  const filters = parseUserFilters(search);
  const [creating, setCreating] = useState(false);
  const setFilters = (next: UserFilters) => navigate(pathname + userFiltersToSearch(next), { replace: true });

  const query = userListQuery(filters);
  const users = useQuery({
    queryKey: queryKeys.userList(query),
    queryFn: ({ signal }) => identityApi.listUsers(query, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title={t("users.title")}
        description={t("users.description")}
        actions={<Button onClick={() => setCreating(true)}>{t("users.new")}</Button>}
      />
      <UserFiltersBar filters={filters} onChange={setFilters} />
      {users.isPending ? (
        <LoadingState label={t("users.loading")} />
      ) : users.isError && !users.data ? (
        <ErrorPanel title={t("users.loadError")} message={problemMessage(t, users.error)} onRetry={() => void users.refetch()} />
      ) : (
        <>
          {users.isError && <ProblemAlert error={users.error} title={t("users.loadError")} />}
          <p className="admin-count" role="status">
            {t("users.count", { count: users.data.total })}
          </p>
          <UsersTable users={users.data.items} busy={users.isPlaceholderData} />
          <Pagination
            page={filters.page}
            pageCount={pageCountOf(users.data.total, USERS_PAGE_SIZE)}
            onPageChange={(page) => setFilters({ ...filters, page })}
            label={t("users.pagination")}
          />
        </>
      )}
      {creating && <CreateUserDialog onClose={() => setCreating(false)} />}
    </>
  );
}

/** Search as you type (debounced), role and status filters applied at once; all kept in the URL. */
function UserFiltersBar({ filters, onChange }: { filters: UserFilters; onChange: (filters: UserFilters) => void }) {
  const t = useText();
  const [text, setText] = useState(filters.q);
  // The q last written to the URL: a different one there comes from history navigation and replaces the typed text.
  const applied = useRef(filters.q);

  useEffect(() => {
    if (filters.q !== applied.current) {
      applied.current = filters.q;
      setText(filters.q);
    }
  }, [filters.q]);

  const applyText = (value: string) => {
    if (value.trim() === filters.q.trim()) return;
    applied.current = value.trim();
    onChange({ ...filters, q: value, page: 1 });
  };

  useEffect(() => {
    const timer = setTimeout(() => applyText(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    applyText(text);
  };

  return (
    <form role="search" aria-label={t("users.filters")} className="o-toolbar admin-filters" onSubmit={submit}>
      <TextField label={t("users.search")} type="search" value={text} onChange={setText} autoComplete="off" />
      <SelectField
        label={t("users.roleFilter")}
        value={filters.role}
        options={roleOptions(t)}
        placeholder={t("users.allRoles")}
        onChange={(role) => onChange({ ...filters, role: role as UserFilters["role"], page: 1 })}
      />
      <SelectField
        label={t("users.statusFilter")}
        value={filters.active}
        options={[
          { value: "true", label: t("users.activeOnly") },
          { value: "false", label: t("users.inactiveOnly") },
        ]}
        placeholder={t("users.allStatuses")}
        onChange={(active) => onChange({ ...filters, active: active as UserFilters["active"], page: 1 })}
      />
      <Button type="submit" variant="secondary">
        {t("users.searchButton")}
      </Button>
    </form>
  );
}

function UsersTable({ users, busy }: { users: User[]; busy: boolean }) {
  const t = useText();
  const locale = useLocale();
  const href = useHref();
  const departments = useDepartments();
  const byCode = new Map((departments.data ?? []).map((department) => [department.code, department]));
  const none = <span className="admin-muted">{t("common.none")}</span>;

  const columns: DataTableColumn<User>[] = [
    { key: "name", header: t("column.name"), rowHeader: true, render: (user) => <Link href={href({ name: "user", id: user.id })}>{user.name}</Link> },
    { key: "email", header: t("column.email") },
    {
      key: "department",
      header: t("column.department"),
      render: (user) => {
        if (!user.department) return none;
        const department = byCode.get(user.department);
        return department ? departmentName(department, locale) : user.department;
      },
    },
    { key: "roles", header: t("column.roles"), render: (user) => <RoleBadges roles={user.roles} /> },
    { key: "scopes", header: t("column.scopes"), render: (user) => (user.scopes.length ? user.scopes.join(", ") : none) },
    {
      key: "active",
      header: t("column.status"),
      render: (user) => <Badge tone={user.active ? "success" : "neutral"}>{t(user.active ? "status.active" : "status.inactive")}</Badge>,
    },
  ];
  return <DataTable caption={t("users.caption")} columns={columns} rows={users} rowKey={(user) => user.id} empty={t("users.empty")} busy={busy} />;
}
