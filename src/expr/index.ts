// The shared expression engine: rules and change classification compile and evaluate CEL through this.
export {
  compileExpression,
  evaluateExpression,
  findMissing,
  prepareInput,
  type CompileResult,
  type CompiledExpression,
  type EvaluationFailure,
  type EvaluationResult,
  type ExpectedResult,
  type PreparedInput,
} from './engine.js';
export { deferExpression, type DeferredExpression, type Expression } from './deferred.js';
export { evaluationBudget } from './budget.js';
export { expressionFunctions, parseDate, type ExpressionFunction } from './functions.js';
export { suggest, type ExpressionProblem, type PathReference } from './references.js';
export {
  fieldNames,
  shape,
  shapeAt,
  shapeFromJsonSchema,
  type DeclaredInputs,
  type ScalarType,
  type Shape,
} from './shape.js';
