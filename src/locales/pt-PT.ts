import type { MessagePack } from "../i18n/messages.js";
import { pluralMessage, unitPluralMessage } from "../i18n/plural.js";

// European Portuguese; `pt` is Brazilian. Its plural rules differ too: 0 takes the plural here.
const ptPT: MessagePack = {
  locale: "pt-PT",

  errorTitle: "Ocorreu um problema",
  errorUnauthorized: "A sua sessão expirou. Inicie sessão novamente para ver a sua encomenda.",
  errorForbidden: "Não tem acesso a esta encomenda.",
  errorNotFound: "Não encontrámos esta encomenda.",
  errorValidation: "Alguns dados não foram aceites. Verifique os campos assinalados.",
  errorRateLimited: "Demasiados pedidos neste momento. Tente novamente daqui a pouco.",
  errorRateLimitedUntil: (time) => `A Polar está sobrecarregada. Tentaremos novamente às ${time}.`,
  errorInvalidLink: "Esta ligação de encomenda não é válida.",
  errorServer: "A Polar está com problemas neste momento. Tente novamente.",
  errorHttp: "Não foi possível concluir o pedido.",
  errorNetwork: "Não foi possível estabelecer ligação. Verifique a sua ligação e tente novamente.",
  errorInvalidResponse: "Recebemos uma encomenda que não conseguimos ler. Tente novamente mais tarde.",
  retry: "Tentar novamente",
  loading: "A carregar…",

  statusDraft: "Rascunho",
  statusPending: "Pendente",
  statusPaid: "Paga",
  statusRefunded: "Reembolsada",
  statusPartiallyRefunded: "Parcialmente reembolsada",
  statusVoid: "Anulada",

  billingReasonPurchase: "Compra única",
  billingReasonSubscriptionCreate: "Nova subscrição",
  billingReasonSubscriptionCycle: "Renovação da subscrição",
  billingReasonSubscriptionUpdate: "Alteração da subscrição",
  billingReasonSubscriptionMeterCycle: "Encargos de utilização",

  detailsHeading: "Detalhes da encomenda",
  createdAt: "Data da encomenda",
  invoiceNumber: "Número da fatura",
  billingReason: "Tipo",
  nextPaymentAttempt: "Próxima tentativa de pagamento",
  dunningNotice: "A última tentativa de pagamento falhou. Tentaremos novamente de forma automática.",

  amountsHeading: "Resumo",
  subtotal: "Subtotal",
  discount: "Desconto",
  netAmount: "Montante líquido",
  tax: "Impostos",
  total: "Total",
  appliedBalance: "Saldo da conta aplicado",
  amountDue: "Montante em dívida",
  amountPaid: "Montante pago",
  refunded: "Reembolsado",
  refundedTax: "Impostos reembolsados",

  subscriptionHeading: "Subscrição",
  subscriptionBilling: "Faturação",
  recurringInterval: unitPluralMessage("pt-PT", {
    day: { one: "Todos os dias", many: "A cada {count} de dias", other: "A cada {count} dias" },
    week: { one: "Todas as semanas", many: "A cada {count} de semanas", other: "A cada {count} semanas" },
    month: { one: "Todos os meses", many: "A cada {count} de meses", other: "A cada {count} meses" },
    year: { one: "Todos os anos", many: "A cada {count} de anos", other: "A cada {count} anos" },
  }),
  currentPeriod: "Período atual",
  cancelsAtPeriodEnd: "Termina no fim do período atual",

  billingHeading: "Dados de faturação",
  billingName: "Nome",
  billingAddress: "Morada",
  country: "País",
  noBillingDetails: "Ainda não há dados de faturação.",
  editBilling: "Editar dados de faturação",

  itemsCaption: pluralMessage("pt-PT", { one: "{count} artigo", many: "{count} de artigos", other: "{count} artigos" }),
  itemColumn: "Artigo",
  periodColumn: "Período",
  amountColumn: "Montante",
  taxColumn: "Impostos",
  proration: "Proporcional",
  itemsTotal: "Total",

  formLabel: "Dados de faturação",
  formName: "Nome de faturação",
  formCountry: "País",
  formCountryPlaceholder: "Selecione um país",
  formLine1: "Morada, linha 1",
  formLine2: "Morada, linha 2 (opcional)",
  formCity: "Localidade",
  formPostalCode: (country) => (country === "US" ? "Código ZIP" : "Código postal"),
  formState: (country) => (country === "US" ? "Estado" : country === "CA" ? "Província ou território" : "Estado ou região (opcional)"),
  formStatePlaceholder: (country) => (country === "CA" ? "Selecione uma província ou território" : "Selecione um estado"),
  formLockedHint: "O país e o estado de uma morada de faturação não podem ser alterados depois de guardados.",
  formSubmit: "Guardar dados de faturação",
  formSubmitting: "A guardar…",
  formCancel: "Cancelar",
  formSaved: "Dados de faturação guardados.",
  formUnchanged: "Nada a guardar: nenhum dado foi alterado.",
  formErrorNameRequired: "Introduza o nome de faturação.",
  formErrorLine1Required: "Introduza a morada.",
  formErrorCityRequired: "Introduza a localidade.",
  formErrorPostalCodeRequired: (country) => (country === "US" ? "Introduza o código ZIP." : "Introduza o código postal."),
  formErrorPostalCodeInvalid: ({ country, example }) =>
    country === "US"
      ? `Introduza um código ZIP de 5 algarismos, por exemplo, ${example}.`
      : `Introduza um código postal no formato deste país, por exemplo, ${example}.`,
  formErrorCountryRequired: "Selecione um país.",
  formErrorCountryUnsupported: "Selecione um país da lista.",
  formErrorCountryRefused: "A Polar já não aceita este país.",
  formErrorStateRequired: (country) => (country === "CA" ? "Selecione uma província ou território." : "Selecione um estado."),
  formErrorInvalidCharacter: "Remova o carácter inválido.",
  formErrorInvalidValue: "Valor inválido.",

  listCaption: pluralMessage("pt-PT", { one: "{count} encomenda", many: "{count} de encomendas", other: "{count} encomendas" }),
  listProductColumn: "Produto",
  listDateColumn: "Data",
  listStatusColumn: "Estado",
  listTotalColumn: "Total",
  listActionsColumn: "Ações",
  listSearch: "Pesquisar encomendas",
  listFilter: "Mostrar",
  listFilterAll: "Todas as encomendas",
  listFilterOneTime: "Compras únicas",
  listFilterRecurring: "Subscrições",
  listRange: (from, to, total, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `${n.format(from)}–${n.format(to)} de ${n.format(total)}`;
  },
  listPage: (page, pages, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `Página ${n.format(page)} de ${n.format(pages)}`;
  },
  listPagination: "Páginas de encomendas",
  listPrevious: "Página anterior",
  listNext: "Página seguinte",
  listEmpty: "Ainda não tem encomendas.",
  listNoMatches: "Nenhuma encomenda corresponde à sua pesquisa.",
};

export default ptPT;
