/** Routing settings live in shared/settings.ts so the inbox edits the same shape. */
export { DEFAULT_ROUTING_SETTINGS, type RoutingAlgorithm, type RoutingSettings } from '../../shared/settings';
