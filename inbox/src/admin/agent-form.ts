/**
 * The agent form's fields as typed, and their checked conversion into the payloads of
 * POST /api/agents and PATCH /api/agents/:id. The limits mirror `agentCreateSchema`, so
 * an admin hears about a bad value before anything is sent.
 */
import type { Agent, AgentRole } from '../../../shared/domain';
import type { AgentCreate, AgentUpdate } from '../../../shared/schemas';

export interface AgentFields {
  name: string;
  email: string;
  password: string;
  role: AgentRole;
  /** As typed; a whole number 0–50. Empty on create means the server's default. */
  capacity: string;
  teams: string[];
}

export type AgentField = 'name' | 'email' | 'password' | 'capacity';

/** The payload, or the fields whose value would be refused. */
export type Checked<T> = { ok: true; value: T } | { ok: false; invalid: AgentField[] };

export const AGENT_ROLES: AgentRole[] = ['agent', 'supervisor', 'admin'];
export const MAX_CAPACITY = 50;

export const emptyAgentFields: AgentFields = { name: '', email: '', password: '', role: 'agent', capacity: '', teams: [] };

export function agentToFields(agent: Agent): AgentFields {
  return { name: agent.name, email: agent.email, password: '', role: agent.role, capacity: String(agent.capacity), teams: [...agent.teams] };
}

/** A whole number of conversations 0–50, or null. */
export function parseCapacity(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= MAX_CAPACITY ? value : null;
}

const validName = (name: string) => name.trim().length >= 1 && name.trim().length <= 80;
const validEmail = (email: string) => email.trim().length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());

export function toAgentCreate(fields: AgentFields): Checked<AgentCreate> {
  const capacity = fields.capacity.trim() === '' ? undefined : parseCapacity(fields.capacity);
  const invalid: AgentField[] = [];
  if (!validName(fields.name)) invalid.push('name');
  if (!validEmail(fields.email)) invalid.push('email');
  if (fields.password.length < 8 || fields.password.length > 256) invalid.push('password');
  if (capacity === null) invalid.push('capacity');
  if (invalid.length > 0 || capacity === null) return { ok: false, invalid };
  return {
    ok: true,
    value: {
      name: fields.name.trim(),
      email: fields.email.trim(),
      password: fields.password,
      role: fields.role,
      ...(capacity === undefined ? {} : { capacity }),
      teams: fields.teams,
    },
  };
}

export function toAgentUpdate(fields: AgentFields): Checked<AgentUpdate> {
  const capacity = parseCapacity(fields.capacity);
  const invalid: AgentField[] = [];
  if (!validName(fields.name)) invalid.push('name');
  if (capacity === null) invalid.push('capacity');
  if (invalid.length > 0 || capacity === null) return { ok: false, invalid };
  return { ok: true, value: { name: fields.name.trim(), role: fields.role, capacity, teams: fields.teams } };
}
