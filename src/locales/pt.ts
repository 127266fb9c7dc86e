import type { MessagePack } from "../i18n/messages.js";
import { pluralMessage, unitPluralMessage } from "../i18n/plural.js";

// Brazilian Portuguese, as Polar's checkout speaks it; `pt-PT` is European Portuguese.
const pt: MessagePack = {
  locale: "pt",

  errorTitle: "Algo deu errado",
  errorUnauthorized: "Sua sessão expirou. Entre novamente para ver seu pedido.",
  errorForbidden: "Você não tem acesso a este pedido.",
  errorNotFound: "Não encontramos este pedido.",
  errorValidation: "Alguns dados não foram aceitos. Confira os campos destacados.",
  errorRateLimited: "Muitas solicitações no momento. Tente novamente daqui a pouco.",
  errorRateLimitedUntil: (time) => `A Polar está sobrecarregada. Tentaremos de novo às ${time}.`,
  errorInvalidLink: "Este link de pedido não é válido.",
  errorServer: "A Polar está com problemas no momento. Tente novamente.",
  errorHttp: "Não foi possível concluir a solicitação.",
  errorNetwork: "Não foi possível conectar. Verifique sua conexão e tente novamente.",
  errorInvalidResponse: "Recebemos um pedido que não conseguimos ler. Tente novamente mais tarde.",
  retry: "Tentar novamente",
  loading: "Carregando…",

  statusDraft: "Rascunho",
  statusPending: "Pendente",
  statusPaid: "Pago",
  statusRefunded: "Reembolsado",
  statusPartiallyRefunded: "Reembolsado parcialmente",
  statusVoid: "Anulado",

  billingReasonPurchase: "Compra única",
  billingReasonSubscriptionCreate: "Nova assinatura",
  billingReasonSubscriptionCycle: "Renovação da assinatura",
  billingReasonSubscriptionUpdate: "Alteração da assinatura",
  billingReasonSubscriptionMeterCycle: "Cobranças por uso",

  detailsHeading: "Detalhes do pedido",
  createdAt: "Data do pedido",
  invoiceNumber: "Número da fatura",
  billingReason: "Tipo",
  nextPaymentAttempt: "Próxima tentativa de pagamento",
  dunningNotice: "A última tentativa de pagamento falhou. Tentaremos novamente de forma automática.",

  amountsHeading: "Resumo",
  subtotal: "Subtotal",
  discount: "Desconto",
  netAmount: "Valor líquido",
  tax: "Impostos",
  total: "Total",
  appliedBalance: "Saldo da conta utilizado",
  amountDue: "Valor devido",
  amountPaid: "Valor pago",
  refunded: "Reembolsado",
  refundedTax: "Impostos reembolsados",

  subscriptionHeading: "Assinatura",
  subscriptionBilling: "Cobrança",
  recurringInterval: unitPluralMessage("pt", {
    day: { one: "Todo dia", many: "A cada {count} de dias", other: "A cada {count} dias" },
    week: { one: "Toda semana", many: "A cada {count} de semanas", other: "A cada {count} semanas" },
    month: { one: "Todo mês", many: "A cada {count} de meses", other: "A cada {count} meses" },
    year: { one: "Todo ano", many: "A cada {count} de anos", other: "A cada {count} anos" },
  }),
  currentPeriod: "Período atual",
  cancelsAtPeriodEnd: "Será cancelada ao fim do período atual",

  billingHeading: "Dados de cobrança",
  billingName: "Nome",
  billingAddress: "Endereço",
  country: "País",
  noBillingDetails: "Ainda não há dados de cobrança.",
  editBilling: "Editar dados de cobrança",

  // In Brazil 0 takes the singular (CLDR's `one` is 0 and 1).
  itemsCaption: pluralMessage("pt", { one: "{count} item", many: "{count} de itens", other: "{count} itens" }),
  itemColumn: "Item",
  periodColumn: "Período",
  amountColumn: "Valor",
  taxColumn: "Impostos",
  proration: "Proporcional",
  itemsTotal: "Total",

  formLabel: "Dados de cobrança",
  formName: "Nome para cobrança",
  formCountry: "País",
  formCountryPlaceholder: "Selecione um país",
  formLine1: "Endereço, linha 1",
  formLine2: "Endereço, linha 2 (opcional)",
  formCity: "Cidade",
  formPostalCode: (country) => (country === "US" ? "Código ZIP" : "Código postal"),
  formState: (country) => (country === "US" ? "Estado" : country === "CA" ? "Província ou território" : "Estado ou região (opcional)"),
  formStatePlaceholder: (country) => (country === "CA" ? "Selecione uma província ou território" : "Selecione um estado"),
  formLockedHint: "O país e o estado de um endereço de cobrança não podem ser alterados depois de salvos.",
  formSubmit: "Salvar dados de cobrança",
  formSubmitting: "Salvando…",
  formCancel: "Cancelar",
  formSaved: "Dados de cobrança salvos.",
  formUnchanged: "Nada para salvar: nenhum dado foi alterado.",
  formErrorNameRequired: "Informe o nome para cobrança.",
  formErrorLine1Required: "Informe o endereço.",
  formErrorCityRequired: "Informe a cidade.",
  formErrorPostalCodeRequired: (country) => (country === "US" ? "Informe o código ZIP." : "Informe o código postal."),
  formErrorPostalCodeInvalid: ({ country, example }) =>
    country === "US"
      ? `Informe um código ZIP de 5 dígitos, por exemplo, ${example}.`
      : `Informe um código postal no formato deste país, por exemplo, ${example}.`,
  formErrorCountryRequired: "Selecione um país.",
  formErrorCountryUnsupported: "Selecione um país da lista.",
  formErrorCountryRefused: "A Polar não aceita mais este país.",
  formErrorStateRequired: (country) => (country === "CA" ? "Selecione uma província ou território." : "Selecione um estado."),
  formErrorInvalidCharacter: "Remova o caractere inválido.",
  formErrorInvalidValue: "Valor inválido.",

  listCaption: pluralMessage("pt", { one: "{count} pedido", many: "{count} de pedidos", other: "{count} pedidos" }),
  listProductColumn: "Produto",
  listDateColumn: "Data",
  listStatusColumn: "Situação",
  listTotalColumn: "Total",
  listActionsColumn: "Ações",
  listSearch: "Buscar pedidos",
  listFilter: "Mostrar",
  listFilterAll: "Todos os pedidos",
  listFilterOneTime: "Compras avulsas",
  listFilterRecurring: "Assinaturas",
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
  listNext: "Próxima página",
  listEmpty: "Você ainda não tem pedidos.",
  listNoMatches: "Nenhum pedido corresponde à sua busca.",
};

export default pt;
