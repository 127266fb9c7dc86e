import type { MessagePack } from "../i18n/messages.js";
import { pluralMessage, unitPluralMessage } from "../i18n/plural.js";

const es: MessagePack = {
  locale: "es",

  errorTitle: "Algo salió mal",
  errorUnauthorized: "Tu sesión ha caducado. Vuelve a iniciar sesión para ver tu pedido.",
  errorForbidden: "No tienes acceso a este pedido.",
  errorNotFound: "No hemos encontrado este pedido.",
  errorValidation: "Algunos datos no se aceptaron. Revisa los campos marcados.",
  errorRateLimited: "Hay demasiadas solicitudes en este momento. Vuelve a intentarlo en un momento.",
  errorRateLimitedUntil: (time) => `Polar está saturado. Lo volveremos a intentar a las ${time}.`,
  errorInvalidLink: "Este enlace de pedido no es válido.",
  errorServer: "Polar tiene problemas en este momento. Vuelve a intentarlo.",
  errorHttp: "No se pudo completar la solicitud.",
  errorNetwork: "No pudimos conectarnos. Comprueba tu conexión y vuelve a intentarlo.",
  errorInvalidResponse: "Recibimos un pedido que no pudimos leer. Vuelve a intentarlo más tarde.",
  retry: "Reintentar",
  loading: "Cargando…",

  statusDraft: "Borrador",
  statusPending: "Pendiente",
  statusPaid: "Pagado",
  statusRefunded: "Reembolsado",
  statusPartiallyRefunded: "Reembolsado parcialmente",
  statusVoid: "Anulado",

  billingReasonPurchase: "Compra única",
  billingReasonSubscriptionCreate: "Nueva suscripción",
  billingReasonSubscriptionCycle: "Renovación de la suscripción",
  billingReasonSubscriptionUpdate: "Cambio de suscripción",
  billingReasonSubscriptionMeterCycle: "Cargos por uso",

  detailsHeading: "Detalles del pedido",
  createdAt: "Fecha del pedido",
  invoiceNumber: "Número de factura",
  billingReason: "Tipo",
  nextPaymentAttempt: "Próximo intento de cobro",
  dunningNotice: "El último intento de cobro falló. Lo volveremos a intentar automáticamente.",

  amountsHeading: "Resumen",
  subtotal: "Subtotal",
  discount: "Descuento",
  netAmount: "Importe neto",
  tax: "Impuestos",
  total: "Total",
  appliedBalance: "Saldo de la cuenta aplicado",
  amountDue: "Importe pendiente",
  amountPaid: "Importe pagado",
  refunded: "Reembolsado",
  refundedTax: "Impuestos reembolsados",

  subscriptionHeading: "Suscripción",
  subscriptionBilling: "Facturación",
  recurringInterval: unitPluralMessage("es", {
    day: { one: "Cada día", many: "Cada {count} de días", other: "Cada {count} días" },
    week: { one: "Cada semana", many: "Cada {count} de semanas", other: "Cada {count} semanas" },
    month: { one: "Cada mes", many: "Cada {count} de meses", other: "Cada {count} meses" },
    year: { one: "Cada año", many: "Cada {count} de años", other: "Cada {count} años" },
  }),
  currentPeriod: "Periodo actual",
  cancelsAtPeriodEnd: "Se cancela al final del periodo actual",

  billingHeading: "Datos de facturación",
  billingName: "Nombre",
  billingAddress: "Dirección",
  country: "País",
  noBillingDetails: "Todavía no hay datos de facturación.",
  editBilling: "Editar datos de facturación",

  itemsCaption: pluralMessage("es", { one: "{count} artículo", many: "{count} de artículos", other: "{count} artículos" }),
  itemColumn: "Artículo",
  periodColumn: "Periodo",
  amountColumn: "Importe",
  taxColumn: "Impuestos",
  proration: "Prorrateado",
  itemsTotal: "Total",

  formLabel: "Datos de facturación",
  formName: "Nombre de facturación",
  formCountry: "País",
  formCountryPlaceholder: "Selecciona un país",
  formLine1: "Dirección, línea 1",
  formLine2: "Dirección, línea 2 (opcional)",
  formCity: "Ciudad",
  formPostalCode: (country) => (country === "US" ? "Código ZIP" : "Código postal"),
  formState: (country) => (country === "US" ? "Estado" : country === "CA" ? "Provincia o territorio" : "Estado o región (opcional)"),
  formStatePlaceholder: (country) => (country === "CA" ? "Selecciona una provincia o territorio" : "Selecciona un estado"),
  formLockedHint: "El país y el estado de una dirección de facturación no se pueden cambiar una vez guardados.",
  formSubmit: "Guardar datos de facturación",
  formSubmitting: "Guardando…",
  formCancel: "Cancelar",
  formSaved: "Datos de facturación guardados.",
  formUnchanged: "No hay nada que guardar: no se ha cambiado ningún dato.",
  formErrorNameRequired: "Introduce el nombre de facturación.",
  formErrorLine1Required: "Introduce la dirección.",
  formErrorCityRequired: "Introduce la ciudad.",
  formErrorPostalCodeRequired: (country) => (country === "US" ? "Introduce el código ZIP." : "Introduce el código postal."),
  formErrorPostalCodeInvalid: ({ country, example }) =>
    country === "US"
      ? `Introduce un código ZIP de 5 dígitos, por ejemplo, ${example}.`
      : `Introduce un código postal con el formato de este país, por ejemplo, ${example}.`,
  formErrorCountryRequired: "Selecciona un país.",
  formErrorCountryUnsupported: "Selecciona un país de la lista.",
  formErrorCountryRefused: "Polar ya no acepta este país.",
  formErrorStateRequired: (country) => (country === "CA" ? "Selecciona una provincia o territorio." : "Selecciona un estado."),
  formErrorInvalidCharacter: "Elimina el carácter no válido.",
  formErrorInvalidValue: "Valor no válido.",

  listCaption: pluralMessage("es", { one: "{count} pedido", many: "{count} de pedidos", other: "{count} pedidos" }),
  listProductColumn: "Producto",
  listDateColumn: "Fecha",
  listStatusColumn: "Estado",
  listTotalColumn: "Total",
  listActionsColumn: "Acciones",
  listSearch: "Buscar pedidos",
  listFilter: "Mostrar",
  listFilterAll: "Todos los pedidos",
  listFilterOneTime: "Compras únicas",
  listFilterRecurring: "Suscripciones",
  listRange: (from, to, total, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `${n.format(from)}–${n.format(to)} de ${n.format(total)}`;
  },
  listPage: (page, pages, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `Página ${n.format(page)} de ${n.format(pages)}`;
  },
  listPagination: "Páginas de pedidos",
  listPrevious: "Página anterior",
  listNext: "Página siguiente",
  listEmpty: "Todavía no tienes pedidos.",
  listNoMatches: "Ningún pedido coincide con tu búsqueda.",
};

export default es;
