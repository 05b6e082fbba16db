import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { render } from 'lit/html.js';
import { adopt, type Styles } from './styles.js';

/** How a property is declared in `static properties` (the subset of Lit's that the package uses). */
export interface PropertyDeclaration {
  /** The attribute it follows (default: the property name in lower case); `false`: none. */
  readonly attribute?: string | boolean;
  /** How the attribute's text becomes the value: `Number`, `Boolean` (present or not), else the text. */
  readonly type?: typeof Number | typeof Boolean;
  /** Also written back to the attribute after each change (for `:host([…])` styles). */
  readonly reflect?: boolean;
}

/** Names of the properties changed since the last update, with their previous values. */
export type PropertyValues<T = unknown> = Map<keyof T | PropertyKey, unknown>;

/** Per class: attribute name → property name; also marks the class as prepared. */
const attributeMaps = new WeakMap<object, Map<string, string>>();

/**
 * The package's element base: Lit's reactive update cycle, as much of it as the package
 * uses, rendered with lit-html. Reactive properties from `static properties`, batched
 * asynchronous updates (`willUpdate` → controllers' `hostUpdate` → `update` → `hostUpdated` →
 * `updated`), `updateComplete`, reactive controllers, a shadow root with
 * adopted styles. In place of `LitElement`, whose ReactiveElement base would add about 3 kB
 * to every visitor's first download for features the package does not use (decorators,
 * converters, directives' connection state, dev-mode checks).
 */
export abstract class BaseElement extends HTMLElement implements ReactiveControllerHost {
  static properties: Readonly<Record<string, PropertyDeclaration>> = {};
  static styles: readonly Styles[] = [];

  static get observedAttributes(): string[] {
    return [...BaseElement.#prepare(this).keys()];
  }

  /** Defines the accessors of the class's reactive properties, once; returns its attribute map. */
  static #prepare(cls: typeof BaseElement): Map<string, string> {
    let map = attributeMaps.get(cls);
    if (map) return map;
    map = new Map();
    for (const [name, declaration] of Object.entries(cls.properties)) {
      if (declaration.attribute !== false) map.set(typeof declaration.attribute == 'string' ? declaration.attribute : name.toLowerCase(), name);
      Object.defineProperty(cls.prototype, name, {
        get(this: BaseElement) {
          return this.#values.get(name);
        },
        set(this: BaseElement, value: unknown) {
          const old = this.#values.get(name);
          if (Object.is(old, value) && this.#values.has(name)) return;
          this.#values.set(name, value);
          this.requestUpdate(name, old);
        },
      });
    }
    attributeMaps.set(cls, map);
    return map;
  }

  renderRoot?: HTMLElement | ShadowRoot;
  readonly #values = new Map<PropertyKey, unknown>();
  /** Values set on the element before its class was defined (a framework's early property). */
  readonly #early = new Map<PropertyKey, unknown>();
  #changed: PropertyValues = new Map();
  readonly #controllers = new Set<ReactiveController>();
  #pending = false;
  #reflecting = false;
  #enable!: () => void;
  readonly #enabled = new Promise<void>((resolve) => (this.#enable = resolve));
  #updatePromise: Promise<boolean> = Promise.resolve(true);
  #renderBefore?: ChildNode | null;

  constructor() {
    super();
    const cls = this.constructor as typeof BaseElement;
    BaseElement.#prepare(cls);
    for (const name of Object.keys(cls.properties)) {
      if (Object.hasOwn(this, name)) {
        this.#early.set(name, this[name as keyof this]);
        delete this[name as keyof this];
      }
    }
    this.requestUpdate();
  }

  addController(controller: ReactiveController): void {
    this.#controllers.add(controller);
    if (this.renderRoot && this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.#controllers.delete(controller);
  }

  connectedCallback(): void {
    if (!this.renderRoot) {
      this.renderRoot = this.createRenderRoot();
      this.#renderBefore = this.renderRoot.firstChild;
    }
    this.#enable();
    for (const c of this.#controllers) c.hostConnected?.();
  }

  disconnectedCallback(): void {
    for (const c of this.#controllers) c.hostDisconnected?.();
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const cls = this.constructor as typeof BaseElement;
    const name = attributeMaps.get(cls)?.get(attribute);
    if (this.#reflecting || !name) return;
    const type = cls.properties[name]!.type;
    (this as Record<string, unknown>)[name] = type === Boolean ? value !== null : type === Number && value !== null ? Number(value) : value;
  }

  /** Asks for an update in a microtask; `name` and `oldValue` record a change. */
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void {
    if (name !== undefined && !this.#changed.has(name)) this.#changed.set(name, oldValue);
    if (this.#pending) return;
    this.#pending = true;
    this.#updatePromise = this.#enqueue();
  }

  /** Resolves once the pending update (if any) is done, to `true` when no other one is pending. */
  get updateComplete(): Promise<boolean> {
    return this.getUpdateComplete();
  }

  protected getUpdateComplete(): Promise<boolean> {
    return this.#updatePromise;
  }

  async #enqueue(): Promise<boolean> {
    await this.#updatePromise;
    // Never before the element is first connected (its attributes and children are there).
    await this.#enabled;
    if (this.#pending) this.#performUpdate();
    return !this.#pending;
  }

  #performUpdate(): void {
    for (const [name, value] of this.#early) (this as Record<PropertyKey, unknown>)[name] = value;
    this.#early.clear();
    const changed = this.#changed;
    try {
      this.willUpdate(changed);
      for (const c of this.#controllers) c.hostUpdate?.();
      this.update(changed);
    } finally {
      this.#changed = new Map();
      this.#pending = false;
    }
    for (const c of this.#controllers) c.hostUpdated?.();
    this.updated(changed);
  }

  protected createRenderRoot(): HTMLElement | ShadowRoot {
    // A declarative shadow root the server wrote (portal-cookie-consent/server) is emptied by
    // attachShadow() and rendered again, in the same task: no frame shows it empty.
    const root = this.attachShadow({ mode: 'open' });
    adopt(root, (this.constructor as typeof BaseElement).styles);
    return root;
  }

  /** Writes reflected properties back to their attributes, then renders. */
  protected update(changed: PropertyValues): void {
    const cls = this.constructor as typeof BaseElement;
    for (const name of changed.keys()) {
      const declaration = cls.properties[name as string];
      if (!declaration?.reflect) continue;
      const attribute = typeof declaration.attribute == 'string' ? declaration.attribute : (name as string).toLowerCase();
      const value = this.#values.get(name);
      this.#reflecting = true;
      if (value == null || value === false) this.removeAttribute(attribute);
      else this.setAttribute(attribute, value === true ? '' : String(value));
      this.#reflecting = false;
    }
    render(this.render(), this.renderRoot!, { host: this, renderBefore: this.#renderBefore });
  }

  protected willUpdate(_changed: PropertyValues): void {}
  protected updated(_changed: PropertyValues): void {}
  protected render(): unknown {
    return undefined;
  }
}
