// Types for Vite's client (CSS imports, import.meta.env).
/// <reference types="vite/client" />
